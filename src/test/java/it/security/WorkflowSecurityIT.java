package it.security;

import static it.support.Roles.Role.COLONY_OWNER;
import static it.support.Roles.Role.MEMBER;
import static it.support.SpecBuilder.aSpec;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.rpc.WorkflowMessages.AddChild;
import io.colonies.model.rpc.WorkflowMessages.DeleteAllProcessGraphs;
import io.colonies.model.rpc.WorkflowMessages.DeleteProcessGraph;
import io.colonies.model.rpc.WorkflowMessages.GetProcessGraph;
import io.colonies.model.rpc.WorkflowMessages.GetProcessGraphs;
import io.colonies.model.rpc.WorkflowMessages.SubmitWorkflowSpec;
import it.support.Arquillian;
import it.support.Roles;
import it.support.Rpc;
import it.support.Workflows;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Roles of the workflow messages (PROTOCOL §3.2); the colony owner may not list graphs. */
@ExtendWith(ArquillianExtension.class)
class WorkflowSecurityIT {
    private final Rpc rpc = Rpc.replicaA();
    private Roles roles;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void roles() {
        roles = new Roles(rpc, "sec");
    }

    @Test
    void workflowMessages() {
        roles.assertOnly("submitworkflowspecmsg", key -> {
            SubmitWorkflowSpec submit = new SubmitWorkflowSpec();
            submit.spec = new WorkflowSpec();
            submit.spec.colonyid = roles.colony().id();
            submit.spec.functionspecs = List.of(aSpec().named("n").ofType("nobody").build());
            return rpc.send(submit, key);
        }, MEMBER);
        roles.assertOnly("getprocessgraphmsg", key -> {
            GetProcessGraph get = new GetProcessGraph();
            get.processgraphid = graph().processgraphid;
            return rpc.send(get, key);
        }, MEMBER);
        roles.assertOnly("getprocessgraphsmsg", key -> {
            GetProcessGraphs list = new GetProcessGraphs();
            list.colonyid = roles.colony().id();
            list.count = 10;
            return rpc.send(list, key);
        }, MEMBER);
        roles.assertOnly("deleteprocessgraphmsg", key -> {
            DeleteProcessGraph delete = new DeleteProcessGraph();
            delete.processgraphid = graph().processgraphid;
            return rpc.send(delete, key);
        }, MEMBER);
        roles.assertOnly("deleteallprocessgraphsmsg", key -> {
            DeleteAllProcessGraphs delete = new DeleteAllProcessGraphs();
            delete.colonyid = roles.colony().id();
            delete.state = ProcessState.NOTSET;
            return rpc.send(delete, key);
        }, COLONY_OWNER);
    }

    @Test
    void addChildNeedsAMember() {
        roles.assertOnly("addchildmsg", key -> {
            ProcessGraph graph = Workflows.submit(roles.member(), aSpec().named("parent").ofType("sec"));
            Process parent = roles.member().assign(-1);
            AddChild add = new AddChild();
            add.processgraphid = graph.processgraphid;
            add.parentprocessid = parent.processid;
            add.spec = aSpec().named("child").inColony(roles.colony().id()).ofType("sec").build();
            var reply = rpc.send(add, key);
            roles.member().close(parent.processid);
            roles.member().assignReply(-1);
            return reply;
        }, MEMBER);
    }

    private ProcessGraph graph() {
        return Workflows.submit(roles.member(), aSpec().named("n").ofType("nobody"));
    }
}
