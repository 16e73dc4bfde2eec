package it.security;

import static it.support.Roles.Role.MEMBER;
import static it.support.SpecBuilder.aSpec;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import io.colonies.model.rpc.ProcessMessages.AddAttribute;
import io.colonies.model.rpc.ProcessMessages.RemoveAttribute;
import io.colonies.model.rpc.ProcessMessages.UnassignProcess;
import it.support.Arquillian;
import it.support.Fixtures.TestExecutor;
import it.support.RestClient;
import it.support.RestRoles;
import it.support.Roles;
import it.support.Rpc;
import it.support.TestClock;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Roles of unassign and remove attribute (issue #13), over RPC (unassignprocessmsg, removeattributemsg)
 * and REST (DELETE …/assignment, DELETE …/attributes/{aid}): only the assignee, a member.
 */
@ExtendWith(ArquillianExtension.class)
class UnassignSecurityIT {
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
        roles = new Roles(rpc, "sec-unassign");
        member = roles.member();
    }

    @Test
    void unassignAndRemoveAttributeNeedTheAssignee() {
        roles.assertOnly("unassignprocessmsg", key -> {
            UnassignProcess unassign = new UnassignProcess();
            unassign.processid = running().processid;
            return rpc.send(unassign, key);
        }, MEMBER);
        roles.assertOnly("removeattributemsg", key -> {
            RemoveAttribute remove = new RemoveAttribute();
            remove.attributeid = attributeOf(running()).attributeid;
            return rpc.send(remove, key);
        }, MEMBER);
    }

    @Test
    void overRestToo() {
        String processes = "/v1/colonies/" + roles.colony().id() + "/processes/";
        RestRoles.assertOnly(roles, "DELETE /processes/{id}/assignment",
                key -> rest.delete(processes + running().processid + "/assignment", key), MEMBER);
        RestRoles.assertOnly(roles, "DELETE /processes/{id}/attributes/{aid}", key -> {
            Process target = running();
            return rest.delete(processes + target.processid + "/attributes/" + attributeOf(target).attributeid, key);
        }, MEMBER);
    }

    /** A process running on the member; earlier ones of the test may still wait or run, so take any. */
    private Process running() {
        member.submit(aSpec());
        return member.assign(-1);
    }

    /** A fresh attribute of the process, added by its assignee. */
    private Attribute attributeOf(Process target) {
        AddAttribute add = new AddAttribute();
        add.attribute = new Attribute();
        add.attribute.targetid = target.processid;
        add.attribute.targetcolonyid = roles.colony().id();
        add.attribute.attributetype = Attribute.OUT;
        add.attribute.key = "k-" + UUID.randomUUID();
        add.attribute.value = "v";
        return rpc.send(add, member.key()).as(Attribute.class);
    }
}
