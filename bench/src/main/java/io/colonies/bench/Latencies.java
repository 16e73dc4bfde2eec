package io.colonies.bench;

import java.util.Arrays;

/**
 * Thread-safe collector of latency samples in nanoseconds. Scenarios are bounded (at most a few
 * hundred thousand samples), so keeping every sample and sorting once is simpler and exact, unlike
 * a bucketed histogram.
 */
final class Latencies {
    private long[] samples = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    /** Nearest-rank percentile in milliseconds; NaN when empty. */
    synchronized double percentileMillis(double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    synchronized double meanMillis() {
        if (size == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += samples[i];
        }
        return sum / size / 1e6;
    }

    double p50() {
        return percentileMillis(50);
    }

    double p99() {
        return percentileMillis(99);
    }
}
