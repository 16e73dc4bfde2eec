package it.support;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.rpc.WorkflowMessages.GetProcessGraph;
import io.colonies.model.rpc.WorkflowMessages.SubmitWorkflowSpec;
import it.support.Fixtures.TestExecutor;
import java.util.List;

/** Submits and reads workflows as a member of the colony. */
public final class Workflows {
    private Workflows() {
    }

    public static ProcessGraph submit(TestExecutor member, SpecBuilder... nodes) {
        SubmitWorkflowSpec submit = new SubmitWorkflowSpec();
        submit.spec = new WorkflowSpec();
        submit.spec.colonyid = member.colony().id();
        submit.spec.functionspecs = java.util.Arrays.stream(nodes).map(SpecBuilder::build).toList();
        return member.colony().rpc().send(submit, member.key()).as(ProcessGraph.class);
    }

    public static Reply submitReply(TestExecutor member, List<FunctionSpec> nodes) {
        SubmitWorkflowSpec submit = new SubmitWorkflowSpec();
        submit.spec = new WorkflowSpec();
        submit.spec.colonyid = member.colony().id();
        submit.spec.functionspecs = nodes;
        return member.colony().rpc().send(submit, member.key());
    }

    public static ProcessGraph get(TestExecutor member, String graphId) {
        GetProcessGraph get = new GetProcessGraph();
        get.processgraphid = graphId;
        return member.colony().rpc().send(get, member.key()).as(ProcessGraph.class);
    }
}
