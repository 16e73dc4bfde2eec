package io.colonies.client;

import static io.colonies.client.Replies.LONG_POLL_MARGIN;
import static io.colonies.client.Replies.call;
import static io.colonies.client.Replies.callList;
import static io.colonies.client.Replies.parse;
import static io.colonies.client.Replies.with;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.rpc.ProcessMessages;
import io.colonies.model.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Processes and their attributes (PROTOCOL §5.5, §5.6).
 * Part of the {@link ColoniesClient} facade; every call takes the key that signs it, and its javadoc
 * names the role the server expects (PROTOCOL §3.2).
 */
public interface ProcessOperations extends RpcOperations {
    /** Approved executor key. */
    default Process submit(FunctionSpec spec, PrivateKey executorKey) {
        return submit(spec, "", executorKey);
    }

    /**
     * Approved executor key. A non-empty {@code idempotencyKey} makes a retried submit (e.g. after a
     * lost reply) return the process of the first submit instead of creating a second one.
     */
    default Process submit(FunctionSpec spec, String idempotencyKey, PrivateKey executorKey) {
        return call(transport(), with(new ProcessMessages.SubmitFunctionSpec(), m -> {
            m.spec = spec;
            m.idempotencykey = idempotencyKey == null ? "" : idempotencyKey;
        }), executorKey, Process.class);
    }

    /**
     * Approved executor key; the caller becomes the assignee. {@code timeoutSeconds} &gt; 0 long-polls
     * that long, &lt; 0 tries once (0 is refused by the server).
     *
     * @return the assigned process, or empty when there was nothing to assign (the 404 reply)
     */
    default Optional<Process> assign(String colonyId, int timeoutSeconds, PrivateKey executorKey) {
        ProcessMessages.AssignProcess message = with(new ProcessMessages.AssignProcess(), m -> {
            m.colonyid = colonyId;
            m.timeout = timeoutSeconds;
        });
        Duration requestTimeout = timeoutSeconds > 0
                ? Duration.ofSeconds(timeoutSeconds).plus(LONG_POLL_MARGIN)
                : RpcTransport.DEFAULT_REQUEST_TIMEOUT;
        try {
            return Optional.of(parse(transport().call(message, executorKey, requestTimeout), Process.class));
        } catch (ColoniesException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Executor or colony owner key; up to {@code count} (max 100) processes in {@code state}, queue order. */
    default List<Process> processes(String colonyId, int state, int count, PrivateKey key) {
        return processes(colonyId, state, count, "", key);
    }

    /** As {@link #processes(String, int, int, PrivateKey)}, only those for {@code executorType} if not empty. */
    default List<Process> processes(String colonyId, int state, int count, String executorType, PrivateKey key) {
        return callList(transport(), with(new ProcessMessages.GetProcesses(), m -> {
            m.colonyid = colonyId;
            m.state = state;
            m.count = count;
            m.executortype = executorType == null ? "" : executorType;
        }), key, Process.class);
    }

    /** Executor or colony owner key; processes submitted in the last {@code seconds}, optionally of one assignee. */
    default List<Process> processHistory(String colonyId, String executorId, long seconds, int state, PrivateKey key) {
        return callList(transport(), with(new ProcessMessages.GetProcessHistory(), m -> {
            m.colonyid = colonyId;
            m.executorid = executorId == null ? "" : executorId;
            m.seconds = seconds;
            m.state = state;
        }), key, Process.class);
    }

    /** Approved executor key. */
    default Process process(String processId, PrivateKey executorKey) {
        return call(transport(), with(new ProcessMessages.GetProcess(), m -> m.processid = processId),
                executorKey, Process.class);
    }

    /** Approved executor key. */
    default void deleteProcess(String processId, PrivateKey executorKey) {
        transport().call(with(new ProcessMessages.DeleteProcess(), m -> m.processid = processId), executorKey);
    }

    /** Colony owner key; standalone processes in {@code state} (-1 = all but running). */
    default void deleteAllProcesses(String colonyId, int state, PrivateKey colonyKey) {
        transport().call(with(new ProcessMessages.DeleteAllProcesses(), m -> {
            m.colonyid = colonyId;
            m.state = state;
        }), colonyKey);
    }

    /** Key of the assignee. */
    default void closeSuccessful(String processId, List<?> out, PrivateKey executorKey) {
        transport().call(with(new ProcessMessages.CloseSuccessful(), m -> {
            m.processid = processId;
            m.out = out == null ? new ArrayList<>() : new ArrayList<>(out);
        }), executorKey);
    }

    /** Key of the assignee. */
    default void closeFailed(String processId, List<String> errors, PrivateKey executorKey) {
        transport().call(with(new ProcessMessages.CloseFailed(), m -> {
            m.processid = processId;
            m.errors = errors == null ? new ArrayList<>() : new ArrayList<>(errors);
        }), executorKey);
    }

    /** Key of the assignee of the running target process. */
    default Attribute addAttribute(Attribute attribute, PrivateKey executorKey) {
        return call(transport(), with(new ProcessMessages.AddAttribute(), m -> m.attribute = attribute),
                executorKey, Attribute.class);
    }

    /** Approved executor key. */
    default Attribute attribute(String attributeId, PrivateKey executorKey) {
        return call(transport(), with(new ProcessMessages.GetAttribute(), m -> m.attributeid = attributeId),
                executorKey, Attribute.class);
    }

    /**
     * Executor (any approved member) or colony owner key. A waiting process ends CANCELLED at once; a
     * running one is marked CANCELLED and its executor's next close or attribute is refused (409).
     *
     * @return the cancelled process
     */
    default Process cancel(String processId, PrivateKey key) {
        return call(transport(), with(new ProcessMessages.CancelProcess(), m -> m.processid = processId), key,
                Process.class);
    }

    /** The assignee's key; the running process goes back to the queue at its old position, not a retry. */
    default void unassign(String processId, PrivateKey executorKey) {
        transport().call(with(new ProcessMessages.UnassignProcess(), m -> m.processid = processId), executorKey);
    }

    /** The assignee's key, while the process runs. */
    default void removeAttribute(String attributeId, PrivateKey executorKey) {
        transport().call(with(new ProcessMessages.RemoveAttribute(), m -> m.attributeid = attributeId), executorKey);
    }
}
