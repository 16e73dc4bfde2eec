package it.security;

import static it.support.Roles.Role.COLONY_OWNER;
import static it.support.Roles.Role.MEMBER;
import static it.support.SpecBuilder.aSpec;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.rpc.ProcessMessages.AddAttribute;
import io.colonies.model.rpc.ProcessMessages.AssignProcess;
import io.colonies.model.rpc.ProcessMessages.CloseFailed;
import io.colonies.model.rpc.ProcessMessages.CloseSuccessful;
import io.colonies.model.rpc.ProcessMessages.DeleteAllProcesses;
import io.colonies.model.rpc.ProcessMessages.DeleteProcess;
import io.colonies.model.rpc.ProcessMessages.GetAttribute;
import io.colonies.model.rpc.ProcessMessages.GetProcess;
import io.colonies.model.rpc.ProcessMessages.GetProcessHistory;
import io.colonies.model.rpc.ProcessMessages.GetProcesses;
import io.colonies.model.rpc.ProcessMessages.SubmitFunctionSpec;
import it.support.Arquillian;
import it.support.Fixtures.TestExecutor;
import it.support.Roles;
import it.support.Rpc;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Roles of the process and attribute messages (PROTOCOL §3.2); closing needs the assignee. */
@ExtendWith(ArquillianExtension.class)
class ProcessSecurityIT {
    private final Rpc rpc = Rpc.replicaA();
    private Roles roles;
    private TestExecutor member;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void roles() {
        roles = new Roles(rpc, "sec");
        member = roles.member();
    }

    @Test
    void submitAssignAndRead() {
        roles.assertOnly("submitfuncspecmsg", key -> {
            SubmitFunctionSpec submit = new SubmitFunctionSpec();
            submit.spec = aSpec().inColony(roles.colony().id()).ofType("nobody").build();
            return rpc.send(submit, key);
        }, MEMBER);
        roles.assertOnly("assignprocessmsg", key -> {
            AssignProcess assign = new AssignProcess();
            assign.colonyid = roles.colony().id();
            assign.timeout = -1;
            return rpc.send(assign, key);
        }, MEMBER);
        Process p = member.submit(aSpec().ofType("nobody"));
        roles.assertOnly("getprocessmsg", key -> {
            GetProcess get = new GetProcess();
            get.processid = p.processid;
            return rpc.send(get, key);
        }, MEMBER);
        roles.assertOnly("getprocessesmsg", key -> {
            GetProcesses list = new GetProcesses();
            list.colonyid = roles.colony().id();
            list.count = 10;
            return rpc.send(list, key);
        }, MEMBER, COLONY_OWNER);
        roles.assertOnly("getprocesshistmsg", key -> {
            GetProcessHistory history = new GetProcessHistory();
            history.colonyid = roles.colony().id();
            history.seconds = 60;
            return rpc.send(history, key);
        }, MEMBER, COLONY_OWNER);
    }

    @Test
    void deleting() {
        roles.assertOnly("deleteprocessmsg", key -> {
            DeleteProcess delete = new DeleteProcess();
            delete.processid = member.submit(aSpec().ofType("nobody")).processid;
            return rpc.send(delete, key);
        }, MEMBER);
        roles.assertOnly("deleteallprocessesmsg", key -> {
            DeleteAllProcesses delete = new DeleteAllProcesses();
            delete.colonyid = roles.colony().id();
            delete.state = ProcessState.NOTSET;
            return rpc.send(delete, key);
        }, COLONY_OWNER);
    }

    @Test
    void closingAndAttributesNeedTheAssignee() {
        roles.assertOnly("closesuccessfulmsg", key -> {
            Process p = running();
            CloseSuccessful close = new CloseSuccessful();
            close.processid = p.processid;
            return rpc.send(close, key);
        }, MEMBER);
        roles.assertOnly("closefailedmsg", key -> {
            Process p = running();
            CloseFailed fail = new CloseFailed();
            fail.processid = p.processid;
            return rpc.send(fail, key);
        }, MEMBER);
        Process target = running();
        roles.assertOnly("addattributemsg", key -> {
            AddAttribute add = new AddAttribute();
            add.attribute = new Attribute();
            add.attribute.targetid = target.processid;
            add.attribute.targetcolonyid = roles.colony().id();
            add.attribute.attributetype = Attribute.OUT;
            add.attribute.key = "k-" + UUID.randomUUID();
            add.attribute.value = "v";
            return rpc.send(add, key);
        }, MEMBER);
        Process withEnv = member.submit(aSpec().ofType("nobody").env("E", "1"));
        roles.assertOnly("getattributemsg", key -> {
            GetAttribute get = new GetAttribute();
            get.attributeid = withEnv.attributes.get(0).attributeid;
            return rpc.send(get, key);
        }, MEMBER);
    }

    /** A fresh process of this test's colony, running on the member. */
    private Process running() {
        Process p = member.submit(aSpec());
        Process assigned = member.assign(-1);
        if (!assigned.processid.equals(p.processid)) {
            throw new AssertionError("the colony's queue should hold only this process");
        }
        return assigned;
    }
}
