package io.colonies.bench.cpu;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers the last CPU reading of every backend process ever seen, so that a backend that ends
 * during a measured phase still counts with (almost) all of its time: it is no longer in /proc at the
 * end, but its last sample is. A (pid, start time) pair names one process, because the kernel reuses
 * pids.
 */
final class BackendLedger {
    private record Key(long pid, long startTime) {
    }

    private final Map<Key, Long> lastTicks = new HashMap<>();

    /** Records one reading; a reading never lowers what was seen before (ticks only grow). */
    synchronized void observe(long pid, ProcStat stat) {
        lastTicks.merge(new Key(pid, stat.startTime()), stat.ownTicks(), Math::max);
    }

    /** Sum of the last readings over every process ever observed, in ticks. */
    synchronized long totalTicks() {
        long sum = 0;
        for (long ticks : lastTicks.values()) {
            sum += ticks;
        }
        return sum;
    }

    synchronized int processes() {
        return lastTicks.size();
    }
}
