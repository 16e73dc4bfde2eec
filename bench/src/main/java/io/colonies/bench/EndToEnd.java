package io.colonies.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairs "submit sent" with "close acknowledged" per process id. Either half may arrive first: a fast
 * executor can claim and close a process before the submitter has even read its submit reply, so
 * whichever half comes second records the sample.
 */
final class EndToEnd {
    private final Map<String, Long> submitted = new HashMap<>();
    private final Map<String, Long> closed = new HashMap<>();
    private final Latencies latencies = new Latencies();
    private final long windowStart;
    private final long windowEnd;

    /** Only processes submitted and closed inside [windowStart, windowEnd] (nanoTime) are sampled. */
    EndToEnd(long windowStart, long windowEnd) {
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
    }

    synchronized void submitted(String processId, long sentNanos) {
        Long end = closed.remove(processId);
        if (end == null) {
            submitted.put(processId, sentNanos);
        } else {
            record(sentNanos, end);
        }
    }

    synchronized void closed(String processId, long ackNanos) {
        Long start = submitted.remove(processId);
        if (start == null) {
            closed.put(processId, ackNanos);
        } else {
            record(start, ackNanos);
        }
    }

    private void record(long start, long end) {
        if (start >= windowStart && end <= windowEnd) {
            latencies.add(end - start);
        }
    }

    Latencies latencies() {
        return latencies;
    }
}
