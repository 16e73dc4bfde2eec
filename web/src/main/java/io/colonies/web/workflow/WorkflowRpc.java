package io.colonies.web.workflow;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.rpc.WorkflowMessages.AddChild;
import io.colonies.model.rpc.WorkflowMessages.DeleteAllProcessGraphs;
import io.colonies.model.rpc.WorkflowMessages.DeleteProcessGraph;
import io.colonies.model.rpc.WorkflowMessages.GetProcessGraph;
import io.colonies.model.rpc.WorkflowMessages.GetProcessGraphs;
import io.colonies.model.rpc.WorkflowMessages.SubmitWorkflowSpec;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.workflow.WorkflowException;
import io.colonies.server.workflow.WorkflowService;
import io.colonies.web.rpc.Access;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.Replies;
import io.colonies.web.rpc.RpcFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Workflow messages (PROTOCOL §5.7). */
@ApplicationScoped
public class WorkflowRpc implements RpcFamily {
    @Inject
    WorkflowService workflows;

    @Override
    public void register(Operations ops) {
        ops.add("submitworkflowspecmsg", SubmitWorkflowSpec.class, "submit workflow",
                Access.member(m -> workflow(m.spec).colonyid), r -> workflows.submit(r.message().spec));
        ops.add("getprocessgraphmsg", GetProcessGraph.class, "get processgraph",
                Access.member(m -> workflows.colonyOf(m.processgraphid)), r -> workflows.get(r.message().processgraphid));
        ops.add("getprocessgraphsmsg", GetProcessGraphs.class, "get processgraphs", Access.member(m -> m.colonyid),
                r -> workflows.list(r.message().colonyid, r.message().state, r.message().count));
        ops.add("deleteprocessgraphmsg", DeleteProcessGraph.class, "delete processgraph",
                Access.member(m -> workflows.colonyOf(m.processgraphid)), r -> {
                    workflows.delete(r.message().processgraphid);
                    return Replies.EMPTY;
                });
        ops.add("deleteallprocessgraphsmsg", DeleteAllProcessGraphs.class, "delete all processgraphs",
                Access.colonyOwner(m -> m.colonyid), r -> {
                    workflows.deleteAll(r.message().colonyid, r.message().state);
                    return Replies.EMPTY;
                });
        ops.add("addchildmsg", AddChild.class, "add child to processgraph", Access.member(m -> child(m.spec)), r -> {
            AddChild m = r.message();
            return workflows.addChild(r.caller().id(), m.processgraphid, m.parentprocessid, m.childprocessid, m.spec,
                    m.insert);
        });
    }

    private static WorkflowSpec workflow(WorkflowSpec spec) {
        if (spec == null) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "Failed to submit workflow, msg.WorkflowSpec is nil");
        }
        return spec;
    }

    private static String child(FunctionSpec spec) {
        if (spec == null) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST,
                    "Failed to add child to processgraph, msg.FunctionSpec is nil");
        }
        return spec.conditions == null ? "" : spec.conditions.colonyid;
    }
}
