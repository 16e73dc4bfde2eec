package io.colonies.server.generator;

import io.colonies.model.core.Generator;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.process.SpecRules;
import io.colonies.server.workflow.StoredWorkflow;

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
        if (g.name.length() > SpecRules.MAX_NAME_LENGTH) {
            throw bad("Failed to add generator, generator.name is longer than the maximum of "
                    + SpecRules.MAX_NAME_LENGTH + " characters");
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
        return StoredWorkflow.parse(json, colonyId, "generator");
    }


    private static GeneratorException bad(String message) {
        return new GeneratorException(ErrorKind.BAD_REQUEST, message);
    }
}
