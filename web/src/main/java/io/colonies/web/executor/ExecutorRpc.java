package io.colonies.web.executor;

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
import io.colonies.server.error.ErrorKind;
import io.colonies.server.executor.ExecutorException;
import io.colonies.server.executor.ExecutorService;
import io.colonies.web.rpc.Access;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.Replies;
import io.colonies.web.rpc.RpcFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Executor and function messages (PROTOCOL §5.3, §5.4). */
@ApplicationScoped
public class ExecutorRpc implements RpcFamily {
    @Inject
    ExecutorService executors;

    @Override
    public void register(Operations ops) {
        ops.add("addexecutormsg", AddExecutor.class, "add executor",
                Access.colonyOwner(m -> executor(m.executor).colonyid), r -> executors.add(r.message().executor));
        ops.add("getexecutorsmsg", GetExecutors.class, "get executors",
                Access.memberAnyStateOrOwner(m -> m.colonyid), r -> executors.list(r.message().colonyid));
        ops.add("getexecutormsg", GetExecutor.class, "get executor",
                Access.member(m -> executors.colonyOf(m.executorid)), r -> executors.get(r.message().executorid));
        ops.add("approveexecutormsg", ApproveExecutor.class, "approve executor",
                Access.colonyOwner(m -> executors.colonyOf(m.executorid)), r -> {
                    executors.approve(r.message().executorid);
                    return Replies.EMPTY;
                });
        ops.add("rejectexecutormsg", RejectExecutor.class, "reject executor",
                Access.colonyOwner(m -> executors.colonyOf(m.executorid)), r -> {
                    executors.reject(r.message().executorid);
                    return Replies.EMPTY;
                });
        ops.add("deleteexecutormsg", DeleteExecutor.class, "delete executor",
                Access.colonyOwner(m -> executors.colonyOf(m.executorid)), r -> {
                    executors.delete(r.message().executorid);
                    return Replies.EMPTY;
                });
        ops.add("addfunctionmsg", AddFunction.class, "add function", Access.member(m -> function(m.fun).colonyid),
                r -> executors.addFunction(r.caller().id(), r.message().fun));
        ops.add("getfunctionsmsg", GetFunctions.class, "get functions", Access.member(this::functionsColony),
                r -> r.message().colonyid.isEmpty()
                        ? executors.functionsOfExecutor(r.message().executorid)
                        : executors.functionsOfColony(r.message().colonyid));
        ops.add("deletefunctionmsg", DeleteFunction.class, "delete function",
                Access.member(m -> executors.function(required(m.functionid, "msg.FunctionID")).colonyId()), r -> {
                    executors.deleteFunction(r.caller().id(), r.message().functionid);
                    return Replies.EMPTY;
                });
    }

    private String functionsColony(GetFunctions m) {
        boolean byExecutor = m.executorid != null && !m.executorid.isEmpty();
        boolean byColony = m.colonyid != null && !m.colonyid.isEmpty();
        if (byExecutor == byColony) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, byExecutor
                    ? "Both msg.ExecutorID and msg.ColonyID set, choose one"
                    : "Set exactly one of msg.ExecutorID and msg.ColonyID");
        }
        if (byColony) {
            return m.colonyid;
        }
        m.colonyid = "";
        return executors.colonyOf(m.executorid);
    }

    private static Executor executor(Executor e) {
        if (e == null) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, "Failed to add executor, executor is nil");
        }
        return e;
    }

    private static Function function(Function f) {
        if (f == null) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, "Failed to add function, msg.Function is nil");
        }
        return f;
    }

    private static String required(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, "Failed to delete function, " + name + " is empty");
        }
        return value;
    }
}
