package io.colonies.client;

import static io.colonies.client.Replies.callList;
import static io.colonies.client.Replies.with;

import io.colonies.model.core.Log;
import io.colonies.model.rpc.LogMessages;
import io.colonies.model.security.PrivateKey;
import java.util.List;

/** Process logs (addlogmsg, getlogsmsg): the assignee appends lines, colony members read and follow them. */
public interface LogOperations extends RpcOperations {
    /** The executor running {@code processId} adds a line to its log. */
    default void addLog(String processId, String message, PrivateKey executorKey) {
        transport().call(with(new LogMessages.AddLog(), m -> {
            m.processid = processId;
            m.message = message == null ? "" : message;
        }), executorKey);
    }

    /**
     * Up to {@code count} (1..500) lines with a timestamp after {@code since} (0 from the start), oldest first;
     * pass the last line's timestamp as the next {@code since} to follow a log.
     */
    default List<Log> logs(String processId, int count, long since, PrivateKey key) {
        return callList(transport(), with(new LogMessages.GetLogs(), m -> {
            m.processid = processId;
            m.count = count;
            m.since = since;
        }), key, Log.class);
    }
}
