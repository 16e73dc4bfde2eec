package it.security;

import static it.support.Roles.Role.COLONY_OWNER;
import static it.support.Roles.Role.MEMBER;
import static it.support.SpecBuilder.aSpec;

import io.colonies.model.core.ProcessGraph;
import io.colonies.model.rpc.ProcessMessages.CancelProcess;
import io.colonies.model.rpc.WorkflowMessages.CancelProcessGraph;
import it.support.Arquillian;
import it.support.Fixtures.TestExecutor;
import it.support.RestClient;
import it.support.RestRoles;
import it.support.Roles;
import it.support.Rpc;
import it.support.TestClock;
import it.support.Workflows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may cancel (docs/compatibility.md): approved members of the colony, the submitter among them,
 * and the colony owner; over RPC and REST. Each allowed call cancels a fresh process or workflow.
 */
@ExtendWith(ArquillianExtension.class)
class CancelSecurityIT {
    private final Rpc rpc = Rpc.replicaA();
    private final RestClient rest = RestClient.replicaA();
    private Roles roles;
    private TestExecutor member;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void roles() {
        TestClock.alignBoth();
        roles = new Roles(rpc, "sec-cancel");
        member = roles.member();
    }

    @Test
    void cancelProcess() {
        roles.assertOnly("cancelprocessmsg", key -> {
            CancelProcess cancel = new CancelProcess();
            cancel.processid = member.submit(aSpec().ofType("nobody")).processid;
            return rpc.send(cancel, key);
        }, MEMBER, COLONY_OWNER);
        RestRoles.assertOnly(roles, "POST /processes/{id}/cancel", key -> rest.post("/v1/colonies/"
                + roles.colony().id() + "/processes/" + member.submit(aSpec().ofType("nobody")).processid + "/cancel",
                null, key), MEMBER, COLONY_OWNER);
    }

    @Test
    void cancelWorkflow() {
        roles.assertOnly("cancelprocessgraphmsg", key -> {
            CancelProcessGraph cancel = new CancelProcessGraph();
            cancel.processgraphid = workflow().processgraphid;
            return rpc.send(cancel, key);
        }, MEMBER, COLONY_OWNER);
        RestRoles.assertOnly(roles, "POST /workflows/{id}/cancel", key -> rest.post("/v1/colonies/"
                + roles.colony().id() + "/workflows/" + workflow().processgraphid + "/cancel", null, key),
                MEMBER, COLONY_OWNER);
    }

    private ProcessGraph workflow() {
        return Workflows.submit(member, aSpec().named("only").ofType("nobody"));
    }
}
