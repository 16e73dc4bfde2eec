package io.colonies.server.cluster;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts process events that were lost on their way to a subscriber and reports them at WARNING, at
 * most one line per interval carrying the count since the previous line, so a burst of drops is seen
 * without flooding the log. The first drop is reported at once; drops after the last line are reported
 * with the next drop once the interval has passed. Time is the JVM's monotonic clock, not the server
 * {@code Clock}, which tests move.
 */
public final class DroppedEvents {
    /** At most one line a minute per place that drops: enough to notice, too rare to drown the log. */
    public static final Duration DEFAULT_REPORT_INTERVAL = Duration.ofMinutes(1);

    private final Logger log;
    private final String where;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private long unreported;
    private long lastReport;
    private boolean everReported;

    public DroppedEvents(Logger log, String where) {
        this(log, where, DEFAULT_REPORT_INTERVAL, System::nanoTime);
    }

    DroppedEvents(Logger log, String where, Duration interval, LongSupplier nanoTime) {
        this.log = log;
        this.where = where;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** One event did not reach its subscriber(s); {@code reason} says why, {@code cause} may be null. */
    public void record(String reason, Throwable cause) {
        long count;
        synchronized (this) {
            unreported++;
            long now = nanoTime.getAsLong();
            if (everReported && now - lastReport < intervalNanos) {
                return;
            }
            count = unreported;
            unreported = 0;
            lastReport = now;
            everReported = true;
        }
        log.log(Level.WARNING, count + " process event(s) dropped in " + where
                + " since the previous report; the latest because " + reason, cause);
    }
}
