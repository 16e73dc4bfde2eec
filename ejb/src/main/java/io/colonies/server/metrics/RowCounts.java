package io.colonies.server.metrics;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The row counts behind the reference's gauges, re-read at most once per refresh period however often
 * Prometheus scrapes. A scrape that finds the snapshot older than the period re-reads it (one query
 * for everything, on the scraping thread); scrapes in between get the snapshot as it is. Nothing is
 * read while nobody scrapes.
 */
public final class RowCounts {
    private final Supplier<Counts> query;
    private final LongSupplier nanoTime;
    private final long refreshNanos;
    private Counts current;
    private long readAt;

    public RowCounts(Supplier<Counts> query, LongSupplier nanoTime, long refreshMillis) {
        this.query = query;
        this.nanoTime = nanoTime;
        this.refreshNanos = Math.max(0, refreshMillis) * 1_000_000L;
    }

    /** The snapshot, re-read first when it is older than the refresh period (or was never read). */
    public synchronized Counts get() {
        long now = nanoTime.getAsLong();
        if (current == null || now - readAt >= refreshNanos) {
            try {
                current = query.get();
                readAt = now;
            } catch (RuntimeException e) {
                if (current == null) {
                    throw e;
                }
                // Keep serving the last good snapshot; the next scrape tries again.
            }
        }
        return current;
    }

    /** Counts at one moment. {@code processes} and {@code workflows} are indexed by state (0–3). */
    public record Counts(long colonies, long executors, long[] processes, long[] workflows) {
        public static Counts empty() {
            return new Counts(0, 0, new long[4], new long[4]);
        }
    }
}
