package io.colonies.client.builtin;

import io.colonies.client.executor.ProcessFailedException;
import io.colonies.client.executor.ProcessHandler;
import io.colonies.model.core.Process;
import io.colonies.model.json.WireJson;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A function backed by a shell command that the operator allowed explicitly
 * ({@code --allow-shell name=command}); submitters can only pick the name and pass arguments, which
 * reach the command as {@code "$1" "$2" ...} and never as shell text. The spec's {@code env} is added
 * to the environment. Standard output becomes the result: a JSON array as is, other text as one string.
 */
public class ShellFunction implements ProcessHandler {
    private static final int MAX_ERROR_CHARS = 500;

    private final String name;
    private final String command;

    public ShellFunction(String name, String command) {
        this.name = name;
        this.command = command;
    }

    @Override
    public List<Object> handle(Process process) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", command, name));
        if (process.spec != null && process.spec.args != null) {
            for (Object arg : process.spec.args) {
                argv.add(arg instanceof String s ? s : WireJson.toJson(arg));
            }
        }
        Path stdout = Files.createTempFile("colonies-" + name, ".out");
        Path stderr = Files.createTempFile("colonies-" + name, ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(argv)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            if (process.spec != null && process.spec.env != null) {
                builder.environment().putAll(process.spec.env);
            }
            builder.environment().put("COLONIES_PROCESS_ID", process.processid);
            int exit = waitFor(builder.start());
            if (exit != 0) {
                throw new ProcessFailedException(name + " exited with code " + exit + tail(Files.readString(stderr)));
            }
            return result(Files.readString(stdout, StandardCharsets.UTF_8).strip());
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    /** Kills the command (and its children) when the executor aborts the process. */
    private static int waitFor(java.lang.Process child) throws InterruptedException {
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
            child.waitFor(5, TimeUnit.SECONDS);
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> result(String text) {
        if (text.isEmpty()) {
            return new ArrayList<>();
        }
        if (text.startsWith("[")) {
            try {
                return WireJson.fromJson(text, List.class);
            } catch (JsonbException e) {
                // Not JSON after all: fall through and return the text.
            }
        }
        return new ArrayList<>(List.of(text));
    }

    private static String tail(String stderr) {
        String trimmed = stderr.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        return ": " + (trimmed.length() > MAX_ERROR_CHARS
                ? "..." + trimmed.substring(trimmed.length() - MAX_ERROR_CHARS) : trimmed);
    }
}
