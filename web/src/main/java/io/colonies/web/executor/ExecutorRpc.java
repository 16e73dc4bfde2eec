package io.colonies.web.executor;

import io.colonies.model.rpc.ExecutorMessages.AddExecutor;
import io.colonies.model.rpc.ExecutorMessages.AddFunction;
import io.colonies.model.rpc.ExecutorMessages.ApproveExecutor;
import io.colonies.model.rpc.ExecutorMessages.DeleteExecutor;
import io.colonies.model.rpc.ExecutorMessages.DeleteFunction;
import io.colonies.model.rpc.ExecutorMessages.GetExecutor;
import io.colonies.model.rpc.ExecutorMessages.GetExecutors;
import io.colonies.model.rpc.ExecutorMessages.GetFunctions;
import io.colonies.model.rpc.ExecutorMessages.RejectExecutor;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.executor.ExecutorException;
import io.colonies.server.executor.Executors;
import io.colonies.server.executor.Functions;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ExecutorId;
import io.colonies.server.security.Caller;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.Replies;
import io.colonies.web.rpc.RpcFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Executor and function messages (PROTOCOL §5.3, §5.4). RPC names objects by id alone, so every
 * use case runs with {@link ColonyScope#ANY}; the use case checks the role.
 */
@ApplicationScoped
public class ExecutorRpc implements RpcFamily {
    private static final ColonyScope ANY = ColonyScope.ANY;

    @Inject
    Executors executors;

    @Inject
    Functions functions;

    @Override
    public void register(Operations ops) {
        ops.add("addexecutormsg", AddExecutor.class, "add executor",
                r -> executors.add(r.caller(), r.message().executor));
        ops.add("getexecutorsmsg", GetExecutors.class, "get executors",
                r -> executors.list(r.caller(), ColonyId.of(r.message().colonyid)));
        ops.add("getexecutormsg", GetExecutor.class, "get executor",
                r -> executors.get(r.caller(), ANY, ExecutorId.of(r.message().executorid)));
        ops.add("approveexecutormsg", ApproveExecutor.class, "approve executor", r -> {
            executors.approve(r.caller(), ANY, ExecutorId.of(r.message().executorid));
            return Replies.EMPTY;
        });
        ops.add("rejectexecutormsg", RejectExecutor.class, "reject executor", r -> {
            executors.reject(r.caller(), ANY, ExecutorId.of(r.message().executorid));
            return Replies.EMPTY;
        });
        ops.add("deleteexecutormsg", DeleteExecutor.class, "delete executor", r -> {
            executors.delete(r.caller(), ANY, ExecutorId.of(r.message().executorid));
            return Replies.EMPTY;
        });
        ops.add("addfunctionmsg", AddFunction.class, "add function", r -> functions.add(r.caller(), r.message().fun));
        ops.add("getfunctionsmsg", GetFunctions.class, "get functions",
                r -> functionsOf(r.caller(), r.message()));
        ops.add("deletefunctionmsg", DeleteFunction.class, "delete function", r -> {
            functions.delete(r.caller(), ANY, r.message().functionid);
            return Replies.EMPTY;
        });
    }

    /** The message names an executor or a colony, exactly one of them. */
    private Object functionsOf(Caller caller, GetFunctions m) {
        boolean byExecutor = m.executorid != null && !m.executorid.isEmpty();
        boolean byColony = m.colonyid != null && !m.colonyid.isEmpty();
        if (byExecutor == byColony) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, byExecutor
                    ? "Both msg.ExecutorID and msg.ColonyID set, choose one"
                    : "Set exactly one of msg.ExecutorID and msg.ColonyID");
        }
        return byColony
                ? functions.ofColony(caller, ColonyId.of(m.colonyid))
                : functions.ofExecutor(caller, ANY, ExecutorId.of(m.executorid));
    }
}
