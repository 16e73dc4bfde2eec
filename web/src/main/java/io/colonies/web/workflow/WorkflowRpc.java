package io.colonies.web.workflow;

import io.colonies.model.rpc.WorkflowMessages.AddChild;
import io.colonies.model.rpc.WorkflowMessages.CancelProcessGraph;
import io.colonies.model.rpc.WorkflowMessages.DeleteAllProcessGraphs;
import io.colonies.model.rpc.WorkflowMessages.DeleteProcessGraph;
import io.colonies.model.rpc.WorkflowMessages.GetProcessGraph;
import io.colonies.model.rpc.WorkflowMessages.GetProcessGraphs;
import io.colonies.model.rpc.WorkflowMessages.SubmitWorkflowSpec;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.GraphId;
import io.colonies.server.id.ProcessId;
import io.colonies.server.workflow.Workflows;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.Replies;
import io.colonies.web.rpc.RpcFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Workflow messages (PROTOCOL §5.7): decode, call the {@link Workflows} use case, encode. */
@ApplicationScoped
public class WorkflowRpc implements RpcFamily {
    @Inject
    Workflows workflows;

    @Override
    public void register(Operations ops) {
        ops.add("submitworkflowspecmsg", SubmitWorkflowSpec.class, "submit workflow",
                r -> workflows.submit(r.caller(), r.message().spec));
        ops.add("getprocessgraphmsg", GetProcessGraph.class, "get processgraph",
                r -> workflows.get(r.caller(), ColonyScope.ANY, GraphId.of(r.message().processgraphid)));
        ops.add("getprocessgraphsmsg", GetProcessGraphs.class, "get processgraphs",
                r -> workflows.list(r.caller(), ColonyId.of(r.message().colonyid), r.message().state,
                        r.message().count));
        ops.add("deleteprocessgraphmsg", DeleteProcessGraph.class, "delete processgraph", r -> {
            workflows.delete(r.caller(), ColonyScope.ANY, GraphId.of(r.message().processgraphid));
            return Replies.EMPTY;
        });
        ops.add("deleteallprocessgraphsmsg", DeleteAllProcessGraphs.class, "delete all processgraphs", r -> {
            workflows.deleteAll(r.caller(), ColonyId.of(r.message().colonyid), r.message().state);
            return Replies.EMPTY;
        });
        ops.add("addchildmsg", AddChild.class, "add child to processgraph", r -> {
            AddChild m = r.message();
            return workflows.addChild(r.caller(), ColonyScope.ANY, GraphId.of(m.processgraphid),
                    ProcessId.of(m.parentprocessid), ProcessId.of(m.childprocessid), m.spec, m.insert);
        });
        ops.add("cancelprocessgraphmsg", CancelProcessGraph.class, "cancel processgraph",
                r -> workflows.cancel(r.caller(), ColonyScope.ANY, GraphId.of(r.message().processgraphid)));
    }
}
