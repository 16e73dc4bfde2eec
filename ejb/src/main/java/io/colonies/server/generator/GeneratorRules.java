package io.colonies.server.generator;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Generator;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.json.WireJson;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.process.SpecRules;
import io.colonies.server.workflow.WorkflowPlan;
import jakarta.json.bind.JsonbException;

/** What makes a generator valid (PROTOCOL §5.8 addgeneratormsg) and how its stored spec becomes a workflow. */
public final class GeneratorRules {
    static final String BAD_TRIGGER = "trigger must be at least 1";

    private GeneratorRules() {
    }

    /** Everything a later run needs is proven valid now; trigger 0 would also divide by zero in the checker. */
    public static void validate(Generator g) {
        if (g == null) {
            throw bad("Failed to add generator, msg.Generator is nil");
        }
        if (g.name == null || g.name.isBlank()) {
            throw bad("Failed to add generator, generator.name is required");
        }
        workflow(g.workflowspec, g.colonyid);
        if (g.trigger < 1) {
            throw bad(BAD_TRIGGER);
        }
    }

    /**
     * A fresh, validated spec bound to the generator's colony. A spec naming another colony is refused,
     * so members of one colony cannot submit work into another through a generator.
     */
    public static WorkflowSpec workflow(String json, String colonyId) {
        WorkflowSpec spec;
        try {
            spec = json == null || json.isBlank() ? null : WireJson.fromJson(json, WorkflowSpec.class);
        } catch (JsonbException e) {
            throw bad("Failed to parse workflow spec: " + rootMessage(e));
        }
        if (spec == null) {
            throw bad("Failed to parse workflow spec: workflowspec is empty");
        }
        if (spec.colonyid == null || spec.colonyid.isEmpty()) {
            spec.colonyid = colonyId;
        } else if (!spec.colonyid.equals(colonyId)) {
            throw bad("workflowspec.colonyid " + spec.colonyid + " differs from generator.colonyid " + colonyId);
        }
        WorkflowPlan.of(spec);
        for (FunctionSpec node : spec.functionspecs) {
            SpecRules.requireAssignable(node);
        }
        return spec;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? String.valueOf(e.getMessage()) : root.getMessage();
    }

    private static GeneratorException bad(String message) {
        return new GeneratorException(ErrorKind.BAD_REQUEST, message);
    }
}
