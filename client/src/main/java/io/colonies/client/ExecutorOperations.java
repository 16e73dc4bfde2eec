package io.colonies.client;

import static io.colonies.client.Replies.call;
import static io.colonies.client.Replies.callList;
import static io.colonies.client.Replies.executorRef;
import static io.colonies.client.Replies.with;

import io.colonies.model.core.Executor;
import io.colonies.model.core.Function;
import io.colonies.model.rpc.ExecutorMessages;
import io.colonies.model.security.PrivateKey;
import java.util.List;

/**
 * Executors and their function registry (PROTOCOL §5.3, §5.4).
 * Part of the {@link ColoniesClient} facade; every call takes the key that signs it, and its javadoc
 * names the role the server expects (PROTOCOL §3.2).
 */
public interface ExecutorOperations extends RpcOperations {
    /** Colony owner key; the executor is stored as pending. */
    default Executor addExecutor(Executor executor, PrivateKey colonyKey) {
        return call(transport(), with(new ExecutorMessages.AddExecutor(), m -> m.executor = executor),
                colonyKey, Executor.class);
    }

    /** Executor (any state) or colony owner key. */
    default List<Executor> executors(String colonyId, PrivateKey key) {
        return callList(transport(), with(new ExecutorMessages.GetExecutors(), m -> m.colonyid = colonyId),
                key, Executor.class);
    }

    /** Approved executor key. */
    default Executor executor(String executorId, PrivateKey executorKey) {
        return call(transport(), executorRef(new ExecutorMessages.GetExecutor(), executorId),
                executorKey, Executor.class);
    }

    /** Colony owner key. */
    default void approveExecutor(String executorId, PrivateKey colonyKey) {
        transport().call(executorRef(new ExecutorMessages.ApproveExecutor(), executorId), colonyKey);
    }

    /** Colony owner key. */
    default void rejectExecutor(String executorId, PrivateKey colonyKey) {
        transport().call(executorRef(new ExecutorMessages.RejectExecutor(), executorId), colonyKey);
    }

    /** Colony owner key; the executor's running processes go back to waiting. */
    default void deleteExecutor(String executorId, PrivateKey colonyKey) {
        transport().call(executorRef(new ExecutorMessages.DeleteExecutor(), executorId), colonyKey);
    }

    /** Key of the executor named in {@code function.executorid}. */
    default Function addFunction(Function function, PrivateKey executorKey) {
        return call(transport(), with(new ExecutorMessages.AddFunction(), m -> m.fun = function),
                executorKey, Function.class);
    }

    /** Approved executor key. */
    default List<Function> functionsOfColony(String colonyId, PrivateKey executorKey) {
        return callList(transport(), with(new ExecutorMessages.GetFunctions(), m -> m.colonyid = colonyId),
                executorKey, Function.class);
    }

    /** Approved executor key. */
    default List<Function> functionsOfExecutor(String executorId, PrivateKey executorKey) {
        return callList(transport(), with(new ExecutorMessages.GetFunctions(), m -> m.executorid = executorId),
                executorKey, Function.class);
    }

    /** Key of the executor owning the function. */
    default void deleteFunction(String functionId, PrivateKey executorKey) {
        transport().call(with(new ExecutorMessages.DeleteFunction(), m -> m.functionid = functionId), executorKey);
    }
}
