package io.colonies.cli.spec;

import io.colonies.cli.CliInputException;
import io.colonies.model.core.Conditions;
import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.json.WireJson;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Loads spec files and completes them the way the Go CLI does: a missing {@code colonyid} comes from
 * the environment, and a {@code maxexectime}/{@code maxwaittime} of 0 means "no limit" (-1), because
 * the server would otherwise time a direct submit out at once (PROTOCOL §6.5).
 */
public final class SpecFiles {
    private SpecFiles() {
    }

    public static FunctionSpec functionSpec(Path file, Supplier<String> colonyId) {
        FunctionSpec spec = read(file, FunctionSpec.class, "FunctionSpec");
        complete(file, spec, "");
        if (spec.conditions.colonyid.isBlank()) {
            spec.conditions.colonyid = colonyId.get();
        }
        return spec;
    }

    public static WorkflowSpec workflowSpec(Path file, Supplier<String> colonyId) {
        WorkflowSpec spec = read(file, WorkflowSpec.class, "WorkflowSpec");
        if (spec.functionspecs == null || spec.functionspecs.isEmpty()) {
            throw new CliInputException("Spec file " + file + ": functionspecs is missing or empty");
        }
        if (spec.colonyid == null || spec.colonyid.isBlank()) {
            spec.colonyid = colonyId.get();
        }
        Set<String> nodes = new HashSet<>();
        for (int i = 0; i < spec.functionspecs.size(); i++) {
            FunctionSpec node = spec.functionspecs.get(i);
            if (node == null) {
                throw new CliInputException("Spec file " + file + ": functionspecs[" + i + "] is null");
            }
            complete(file, node, "functionspecs[" + i + "].");
            if (node.nodename == null || node.nodename.isBlank()) {
                throw new CliInputException("Spec file " + file + ": functionspecs[" + i + "].nodename is missing");
            }
            if (!nodes.add(node.nodename)) {
                throw new CliInputException("Spec file " + file + ": node name '" + node.nodename + "' is used twice");
            }
            node.conditions.colonyid = spec.colonyid;
        }
        for (FunctionSpec node : spec.functionspecs) {
            for (String dependency : node.conditions.dependencies) {
                if (!nodes.contains(dependency)) {
                    throw new CliInputException("Spec file " + file + ": node '" + node.nodename
                            + "' depends on '" + dependency + "', which is not a node of the workflow");
                }
            }
        }
        return spec;
    }

    /** The file's text parsed as {@code type}; every failure becomes a one-line {@link CliInputException}. */
    public static <T> T read(Path file, Class<T> type, String kind) {
        String text = text(file);
        if (!text.strip().startsWith("{")) {
            throw new CliInputException("Spec file " + file + " must contain a " + kind + " JSON object");
        }
        try {
            T value = WireJson.fromJson(text, type);
            if (value == null) {
                throw new CliInputException("Spec file " + file + " must contain a " + kind + " JSON object");
            }
            return value;
        } catch (JsonbException e) {
            throw new CliInputException("Spec file " + file + " is not a valid " + kind + " JSON: " + reason(e));
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CliInputException("Spec file not found: " + file);
        } catch (MalformedInputException e) {
            throw new CliInputException("Spec file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new CliInputException("Cannot read spec file " + file + ": " + e.getMessage());
        }
    }

    private static void complete(Path file, FunctionSpec spec, String where) {
        if (spec.funcname == null || spec.funcname.isBlank()) {
            throw new CliInputException("Spec file " + file + ": " + where + "funcname is missing");
        }
        if (spec.conditions == null) {
            spec.conditions = new Conditions();
        }
        Conditions c = spec.conditions;
        if (c.executortype == null || c.executortype.isBlank()) {
            throw new CliInputException("Spec file " + file + ": " + where + "conditions.executortype is missing");
        }
        c.colonyid = c.colonyid == null ? "" : c.colonyid;
        c.executorids = c.executorids == null ? new java.util.ArrayList<>() : c.executorids;
        c.dependencies = c.dependencies == null ? new java.util.ArrayList<>() : c.dependencies;
        spec.nodename = spec.nodename == null ? "" : spec.nodename;
        spec.maxexectime = spec.maxexectime == 0 ? -1 : spec.maxexectime;
        spec.maxwaittime = spec.maxwaittime == 0 ? -1 : spec.maxwaittime;
    }

    /** The innermost parser message, on one line. */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause().getMessage() != null) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
