package io.colonies.server.process;

/**
 * A place in a state's service order, the (priority time, process id) of the last row already seen; a
 * listing continues after it. {@link #START} comes before every process.
 */
public record QueuePosition(long priorityTime, String processId) {
    public static final QueuePosition START = new QueuePosition(Long.MIN_VALUE, "");

    public QueuePosition {
        processId = processId == null ? "" : processId;
    }
}
