package io.colonies.server.cron;

import com.cronutils.model.time.ExecutionTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * When a cron runs next, always relative to "now" (PROTOCOL §6.8): a schedule never catches up
 * missed runs, so after downtime there is one run and the schedule restarts from that moment.
 */
@FunctionalInterface
public interface CronSchedule {
    /** Like the reference, a schedule with no match within five years has no next run. */
    Duration HORIZON = Duration.ofDays(5 * 366);

    /** The next run strictly after {@code now}, or null when there is none. */
    Instant next(Instant now);

    /** {@code interval} seconds after now, not aligned to anything (the reference's interval mode). */
    static CronSchedule interval(long seconds) {
        return now -> now.plusSeconds(seconds);
    }

    /**
     * robfig's {@code @every}: the delay is rounded down to whole seconds (at least one) and added to
     * now truncated to the second, so runs land on whole seconds.
     */
    static CronSchedule every(Duration delay) {
        Duration whole = delay.truncatedTo(ChronoUnit.SECONDS);
        Duration step = whole.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : whole;
        return now -> now.truncatedTo(ChronoUnit.SECONDS).plus(step);
    }

    /** A calendar expression evaluated in {@code zone}, so daylight-saving changes follow local time. */
    static CronSchedule calendar(ExecutionTime times, ZoneId zone) {
        return now -> times.nextExecution(ZonedDateTime.ofInstant(now, zone))
                .map(ZonedDateTime::toInstant)
                .filter(next -> next.isBefore(now.plus(HORIZON)))
                .orElse(null);
    }
}
