package it.security;

import static it.support.Roles.Role.COLONY_OWNER;
import static it.support.Roles.Role.MEMBER;
import static it.support.Roles.Role.UNAPPROVED_MEMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.colonies.model.core.Executor;
import io.colonies.model.core.Function;
import io.colonies.model.rpc.ExecutorMessages.AddExecutor;
import io.colonies.model.rpc.ExecutorMessages.AddFunction;
import io.colonies.model.rpc.ExecutorMessages.ApproveExecutor;
import io.colonies.model.rpc.ExecutorMessages.DeleteExecutor;
import io.colonies.model.rpc.ExecutorMessages.DeleteFunction;
import io.colonies.model.rpc.ExecutorMessages.GetExecutor;
import io.colonies.model.rpc.ExecutorMessages.GetExecutors;
import io.colonies.model.rpc.ExecutorMessages.GetFunctions;
import io.colonies.model.rpc.ExecutorMessages.RejectExecutor;
import io.colonies.model.security.PrivateKey;
import it.support.Arquillian;
import it.support.Reply;
import it.support.Roles;
import it.support.Rpc;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Roles of the executor and function messages (PROTOCOL §3.2). */
@ExtendWith(ArquillianExtension.class)
class ExecutorSecurityIT {
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
    void executorMessages() {
        roles.assertOnly("addexecutormsg", key -> {
            AddExecutor add = new AddExecutor();
            add.executor = new Executor();
            add.executor.executorid = PrivateKey.generate().id();
            add.executor.executortype = "sec";
            add.executor.executorname = "e-" + UUID.randomUUID();
            add.executor.colonyid = roles.colony().id();
            return rpc.send(add, key);
        }, COLONY_OWNER);
        roles.assertOnly("getexecutorsmsg", key -> {
            GetExecutors list = new GetExecutors();
            list.colonyid = roles.colony().id();
            return rpc.send(list, key);
        }, MEMBER, UNAPPROVED_MEMBER, COLONY_OWNER);
        roles.assertOnly("getexecutormsg", key -> {
            GetExecutor get = new GetExecutor();
            get.executorid = roles.member().id();
            return rpc.send(get, key);
        }, MEMBER);
        roles.assertOnly("approveexecutormsg", key -> {
            ApproveExecutor approve = new ApproveExecutor();
            approve.executorid = roles.colony().register("sec").id();
            return rpc.send(approve, key);
        }, COLONY_OWNER);
        roles.assertOnly("rejectexecutormsg", key -> {
            RejectExecutor reject = new RejectExecutor();
            reject.executorid = roles.colony().register("sec").id();
            return rpc.send(reject, key);
        }, COLONY_OWNER);
        roles.assertOnly("deleteexecutormsg", key -> {
            DeleteExecutor delete = new DeleteExecutor();
            delete.executorid = roles.colony().register("sec").id();
            return rpc.send(delete, key);
        }, COLONY_OWNER);
    }

    @Test
    void functionMessages() {
        roles.assertOnly("addfunctionmsg", key -> {
            AddFunction add = new AddFunction();
            add.fun = new Function();
            add.fun.executorid = roles.member().id();
            add.fun.colonyid = roles.colony().id();
            add.fun.funcname = "f-" + UUID.randomUUID();
            return rpc.send(add, key);
        }, MEMBER);
        roles.assertOnly("getfunctionsmsg", key -> {
            GetFunctions list = new GetFunctions();
            list.colonyid = roles.colony().id();
            return rpc.send(list, key);
        }, MEMBER);
        roles.assertOnly("deletefunctionmsg", key -> {
            AddFunction add = new AddFunction();
            add.fun = new Function();
            add.fun.executorid = roles.member().id();
            add.fun.colonyid = roles.colony().id();
            add.fun.funcname = "f-" + UUID.randomUUID();
            Function stored = rpc.send(add, roles.member().key()).as(Function.class);
            DeleteFunction delete = new DeleteFunction();
            delete.functionid = stored.functionid;
            return rpc.send(delete, key);
        }, MEMBER);
    }

    @Test
    void aMemberCannotRegisterAFunctionForAnotherExecutor() {
        AddFunction add = new AddFunction();
        add.fun = new Function();
        add.fun.executorid = roles.colony().executor("sec").id();
        add.fun.colonyid = roles.colony().id();
        add.fun.funcname = "theirs";
        Reply reply = rpc.send(add, roles.member().key());
        assertEquals(403, reply.status());
        assertEquals("Not allowed to add a function to another executor", reply.failure().message);
    }
}
