package io.colonies.server.workflow;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.json.WireJson;
import io.colonies.server.error.Causes;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.process.SpecRules;
import jakarta.json.bind.JsonbException;

/**
 * A workflow spec kept as JSON text by a cron or a generator (PROTOCOL §4.10, §4.11), parsed and
 * validated with the same DAG rules as a submitted workflow.
 */
public final class StoredWorkflow {
    private StoredWorkflow() {
    }

    /**
     * A fresh, validated spec bound to the owner's colony. A spec naming another colony is refused:
     * otherwise a member of one colony could make a cron or generator submit work into another.
     */
    public static WorkflowSpec parse(String json, String colonyId, String owner) {
        WorkflowSpec spec;
        try {
            spec = json == null || json.isBlank() ? null : WireJson.fromJson(json, WorkflowSpec.class);
        } catch (JsonbException e) {
            throw bad("Failed to parse workflow spec: " + Causes.rootMessage(e, "malformed JSON"));
        }
        if (spec == null) {
            throw bad("Failed to parse workflow spec: workflowspec is empty");
        }
        if (spec.colonyid == null || spec.colonyid.isEmpty()) {
            spec.colonyid = colonyId;
        } else if (!spec.colonyid.equals(colonyId)) {
            throw bad("workflowspec.colonyid " + spec.colonyid + " differs from " + owner + ".colonyid " + colonyId);
        }
        WorkflowPlan.of(spec);
        for (FunctionSpec node : spec.functionspecs) {
            SpecRules.requireAssignable(node);
        }
        return spec;
    }

    private static WorkflowException bad(String message) {
        return new WorkflowException(ErrorKind.BAD_REQUEST, message);
    }
}
