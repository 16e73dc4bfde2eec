package io.colonies.bench.report;

import java.util.Locale;

/** How the table writes numbers; "–" for unknown (NaN or infinite) values. */
public final class Numbers {
    public static final String UNKNOWN = "–";

    private Numbers() {
    }

    /** A rate: whole units with thousands separators, e.g. "14,206/s". */
    public static String rate(double perSecond) {
        return known(perSecond) ? String.format(Locale.ROOT, "%,.0f/s", perSecond) : UNKNOWN;
    }

    /** Milliseconds: one decimal, two below 1 ms where one would round most values to 0. */
    public static String millis(double ms) {
        if (!known(ms)) {
            return UNKNOWN;
        }
        return String.format(Locale.ROOT, Math.abs(ms) < 1 ? "%.2f" : "%.1f", ms);
    }

    /** CPU milliseconds per process: two decimals (figures are around 0.1–10 ms). */
    public static String cpu(double ms) {
        return known(ms) ? String.format(Locale.ROOT, "%.2f", ms) : UNKNOWN;
    }

    /** A ratio to a limit, e.g. "0.042". */
    public static String ratio(double ratio) {
        return known(ratio) ? String.format(Locale.ROOT, "%.3f", ratio) : UNKNOWN;
    }

    /** A value in a label or note: integers without decimals, others with two. */
    public static String plain(double value) {
        if (!known(value)) {
            return UNKNOWN;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static boolean known(double value) {
        return !Double.isNaN(value) && !Double.isInfinite(value);
    }
}
