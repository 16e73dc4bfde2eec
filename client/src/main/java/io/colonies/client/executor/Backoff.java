package io.colonies.client.executor;

import java.time.Duration;

/**
 * Exponential back-off for retrying an unreachable server: doubles from the initial delay up to the
 * cap, and starts over after a success. Thread-safe, as the handlers of a concurrent
 * {@link ExecutorLoop} share one.
 */
public final class Backoff {
    public static final Duration DEFAULT_INITIAL = Duration.ofMillis(100);
    public static final Duration DEFAULT_MAX = Duration.ofSeconds(5);

    private final long initialMillis;
    private final long maxMillis;
    private long nextMillis;

    public Backoff() {
        this(DEFAULT_INITIAL, DEFAULT_MAX);
    }

    public Backoff(Duration initial, Duration max) {
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
        this.nextMillis = initialMillis;
    }

    /** The delay to wait now; the following call returns twice as much, capped. */
    public synchronized Duration next() {
        long current = nextMillis;
        nextMillis = Math.min(maxMillis, current * 2);
        return Duration.ofMillis(current);
    }

    public synchronized void reset() {
        nextMillis = initialMillis;
    }
}
