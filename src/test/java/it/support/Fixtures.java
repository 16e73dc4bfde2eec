package it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Colony;
import io.colonies.model.core.Executor;
import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.rpc.ColonyMessages.AddColony;
import io.colonies.model.rpc.ExecutorMessages.AddExecutor;
import io.colonies.model.rpc.ExecutorMessages.ApproveExecutor;
import io.colonies.model.rpc.ProcessMessages.AssignProcess;
import io.colonies.model.rpc.ProcessMessages.CloseFailed;
import io.colonies.model.rpc.ProcessMessages.CloseSuccessful;
import io.colonies.model.rpc.ProcessMessages.GetProcess;
import io.colonies.model.rpc.ProcessMessages.SubmitFunctionSpec;
import io.colonies.model.security.PrivateKey;
import java.util.List;
import java.util.UUID;

/** Builds the data a test needs, each test its own: a fresh colony, executors in it, processes. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A colony with a fresh key, created by the server owner through {@code rpc}. */
    public static TestColony newColony(Rpc rpc) {
        PrivateKey key = PrivateKey.generate();
        AddColony add = new AddColony();
        add.colony = new Colony(key.id(), "it-" + UUID.randomUUID());
        Reply reply = rpc.send(add, Keys.SERVER);
        assertTrue(reply.ok(), () -> "adding a colony failed: " + reply);
        return new TestColony(rpc, key);
    }

    /** A colony and what can be done in it, signed with the right keys. */
    public record TestColony(Rpc rpc, PrivateKey key) {
        public String id() {
            return key.id();
        }

        /** A registered executor, not yet approved. */
        public TestExecutor register(String type) {
            PrivateKey executorKey = PrivateKey.generate();
            AddExecutor add = new AddExecutor();
            add.executor = new Executor();
            add.executor.executorid = executorKey.id();
            add.executor.executortype = type;
            add.executor.executorname = type + "-" + UUID.randomUUID();
            add.executor.colonyid = id();
            Reply reply = rpc.send(add, key);
            assertTrue(reply.ok(), () -> "adding an executor failed: " + reply);
            return new TestExecutor(this, executorKey, type);
        }

        /** A registered and approved executor. */
        public TestExecutor executor(String type) {
            TestExecutor executor = register(type);
            ApproveExecutor approve = new ApproveExecutor();
            approve.executorid = executor.id();
            Reply reply = rpc.send(approve, key);
            assertTrue(reply.ok(), () -> "approving an executor failed: " + reply);
            return executor;
        }
    }

    /** An executor of a colony. */
    public record TestExecutor(TestColony colony, PrivateKey key, String type) {
        public String id() {
            return key.id();
        }

        public TestExecutor on(Rpc other) {
            return new TestExecutor(new TestColony(other, colony.key()), key, type);
        }

        public Reply submitReply(FunctionSpec spec) {
            SubmitFunctionSpec submit = new SubmitFunctionSpec();
            submit.spec = spec;
            return colony.rpc().send(submit, key);
        }

        /** Submits in this executor's colony; the type defaults to this executor's. */
        public Process submit(SpecBuilder builder) {
            FunctionSpec spec = builder.inColony(colony.id()).build();
            if (spec.conditions.executortype.isEmpty()) {
                spec.conditions.executortype = type;
            }
            return submitReply(spec).as(Process.class);
        }

        public Reply assignReply(int timeoutSeconds) {
            AssignProcess assign = new AssignProcess();
            assign.colonyid = colony.id();
            assign.timeout = timeoutSeconds;
            return colony.rpc().send(assign, key);
        }

        public Process assign(int timeoutSeconds) {
            return assignReply(timeoutSeconds).as(Process.class);
        }

        public Reply close(String processId, Object... out) {
            CloseSuccessful close = new CloseSuccessful();
            close.processid = processId;
            close.out = new java.util.ArrayList<>(List.of(out));
            return colony.rpc().send(close, key);
        }

        public Reply fail(String processId, String... errors) {
            CloseFailed fail = new CloseFailed();
            fail.processid = processId;
            fail.errors = List.of(errors);
            return colony.rpc().send(fail, key);
        }

        public Process get(String processId) {
            GetProcess get = new GetProcess();
            get.processid = processId;
            return colony.rpc().send(get, key).as(Process.class);
        }
    }
}
