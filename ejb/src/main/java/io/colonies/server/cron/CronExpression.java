package io.colonies.server.cron;

import com.cronutils.model.definition.CronDefinition;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import io.colonies.server.error.ErrorKind;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses the reference's cron dialect (robfig/cron v3 with mandatory seconds, PROTOCOL §6.8).
 *
 * <p>Field matching is delegated to cron-utils, configured for this dialect: six fields with seconds,
 * strict ranges, day-of-week 0–6 with Sunday 0, names (jan…dec, sun…sat) case-insensitive, no
 * Quartz extras (L, W, #), and day-of-month/day-of-week combined with the Vixie OR rule. Around it
 * this class adds what cron-utils does not do the robfig way:
 * <ul>
 *   <li>the {@code TZ=}/{@code CRON_TZ=} prefixes and the {@code @every <Go duration>} descriptor,
 *       which cron-utils lacks; the other descriptors are expanded here so their meaning is ours;</li>
 *   <li>{@code ?}: robfig reads it as {@code *} in every field, while cron-utils allows it only in
 *       the day fields and, once allowed there, combines the day fields with AND and finds no run at
 *       all for {@code ? ?} — so it is rewritten to a star;</li>
 *   <li>a field with a full-range item (the star in {@code *,5}, or a star with step 1) counts as
 *       unrestricted for the OR rule in robfig but may count as restricted in cron-utils — such a field
 *       is rewritten to a plain star, which matches the same values;</li>
 *   <li>the field-count error, worded as robfig words it.</li>
 * </ul>
 * Expressions without a zone prefix are evaluated in UTC (the reference uses the server's zone).
 */
public final class CronExpression {
    private static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;
    private static final Map<String, String> DESCRIPTORS = Map.of(
            "@yearly", "0 0 0 1 1 *", "@annually", "0 0 0 1 1 *", "@monthly", "0 0 0 1 * *",
            "@weekly", "0 0 0 * * 0", "@daily", "0 0 0 * * *", "@midnight", "0 0 0 * * *", "@hourly", "0 0 * * * *");
    private static final String EVERY = "@every ";
    /** Immutable; a parser is made per call because cron-utils does not promise parsers are thread-safe. */
    private static final CronDefinition DIALECT = dialect();

    private CronExpression() {
    }

    /** The schedule of an expression; throws a BAD_REQUEST {@link CronException} naming the problem. */
    public static CronSchedule parse(String expression) {
        String spec = expression == null ? "" : expression.trim();
        if (spec.isEmpty()) {
            throw bad("empty spec string");
        }
        ZoneId zone = DEFAULT_ZONE;
        if (spec.startsWith("TZ=") || spec.startsWith("CRON_TZ=")) {
            int space = spec.indexOf(' ');
            String name = spec.substring(spec.indexOf('=') + 1, space < 0 ? spec.length() : space);
            zone = zone(name);
            spec = space < 0 ? "" : spec.substring(space).trim();
        }
        if (spec.startsWith("@")) {
            return descriptor(spec, zone);
        }
        return calendar(spec, zone);
    }

    private static CronSchedule descriptor(String spec, ZoneId zone) {
        if (spec.startsWith(EVERY)) {
            String text = spec.substring(EVERY.length()).trim();
            try {
                return CronSchedule.every(GoDuration.parse(text));
            } catch (CronException e) {
                throw bad("failed to parse duration " + spec + ": " + e.getMessage());
            }
        }
        String fields = DESCRIPTORS.get(spec);
        if (fields == null) {
            throw bad("unrecognized descriptor: " + spec);
        }
        return calendar(fields, zone);
    }

    private static CronSchedule calendar(String spec, ZoneId zone) {
        String[] fields = spec.isEmpty() ? new String[0] : spec.split("\\s+");
        if (fields.length != 6) {
            throw bad("expected exactly 6 fields, found " + fields.length + ": [" + String.join(" ", fields) + "]");
        }
        List<String> normalised = new ArrayList<>();
        for (String field : fields) {
            normalised.add(normalise(field));
        }
        try {
            ExecutionTime times = ExecutionTime.forCron(new CronParser(DIALECT).parse(String.join(" ", normalised)));
            return CronSchedule.calendar(times, zone);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        } catch (RuntimeException e) {
            // Whatever else the library trips over in odd input is still the client's bad expression.
            throw bad("invalid cron expression " + spec + ": " + e);
        }
    }

    /** Rewrites the robfig-only forms described in the class comment; everything else passes unchanged. */
    static String normalise(String field) {
        String[] items = field.split(",", -1);
        for (int i = 0; i < items.length; i++) {
            if (items[i].startsWith("?")) {
                items[i] = "*" + items[i].substring(1);
            }
            if ("*".equals(items[i]) || "*/1".equals(items[i])) {
                return "*";
            }
        }
        return String.join(",", items);
    }

    private static ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw bad("provided bad location " + name + ": " + e.getMessage());
        }
    }

    private static CronDefinition dialect() {
        return CronDefinitionBuilder.defineCron()
                .withSeconds().withValidRange(0, 59).withStrictRange().and()
                .withMinutes().withValidRange(0, 59).withStrictRange().and()
                .withHours().withValidRange(0, 23).withStrictRange().and()
                .withDayOfMonth().withValidRange(1, 31).withStrictRange().and()
                .withMonth().withValidRange(1, 12).withStrictRange().and()
                .withDayOfWeek().withValidRange(0, 6).withMondayDoWValue(1).withStrictRange().and()
                .instance();
    }

    private static CronException bad(String message) {
        return new CronException(ErrorKind.BAD_REQUEST, message);
    }
}
