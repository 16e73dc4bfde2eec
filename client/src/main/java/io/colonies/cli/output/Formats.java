package io.colonies.cli.output;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Executor;
import io.colonies.model.core.ProcessState;
import io.colonies.model.json.GoTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How values look in tables: local times, state names, short JSON. */
public final class Formats {
    private static final DateTimeFormatter LOCAL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final int MAX_CELL = 40;

    private Formats() {
    }

    /** Local wall-clock time, or "-" for the unset (year 1) time. */
    public static String time(Instant t) {
        return GoTime.isZero(t) ? "-" : LOCAL_TIME.format(t);
    }

    public static String state(int state) {
        return ProcessState.name(state);
    }

    public static String executorState(int state) {
        switch (state) {
            case Executor.PENDING: return "PENDING";
            case Executor.APPROVED: return "APPROVED";
            case Executor.REJECTED: return "REJECTED";
            default: return Integer.toString(state);
        }
    }

    /** An attribute's type as the protocol names it: in, out, err or env (PROTOCOL §4.7). */
    public static String attributeType(int type) {
        switch (type) {
            case Attribute.IN: return "in";
            case Attribute.OUT: return "out";
            case Attribute.ERR: return "err";
            case Attribute.ENV: return "env";
            default: return Integer.toString(type);
        }
    }

    /** Compact JSON of a list, {@code []} for null. */
    public static String list(List<?> values) {
        return values == null ? "[]" : Json.write(values);
    }

    /** As {@link #list}, cut to fit a table column. */
    public static String shortList(List<?> values) {
        String text = list(values);
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 3) + "...";
    }

    /** Seconds with one decimal, e.g. {@code 2.5s}. */
    public static String elapsed(Duration d) {
        return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }
}
