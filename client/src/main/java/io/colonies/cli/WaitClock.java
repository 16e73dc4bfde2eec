package io.colonies.cli;

import io.colonies.cli.output.Formats;
import io.colonies.client.RequestInterruptedException;
import java.time.Duration;

/**
 * Pacing for {@code --wait}/{@code --follow}: a poll every 500 ms, elapsed time for progress lines, a
 * "still ..." reminder when nothing changed for a while, and an optional limit (zero = none).
 */
public class WaitClock {
    public static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    static final Duration REMINDER = Duration.ofSeconds(10);

    private final long startNanos = System.nanoTime();
    private final Duration limit;
    private long lastNoteNanos = startNanos;

    public WaitClock(Duration limit) {
        this.limit = limit;
    }

    public static WaitClock withLimitSeconds(int seconds) {
        return new WaitClock(Duration.ofSeconds(Math.max(0, seconds)));
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** {@code [  2.5s]}, the prefix of progress lines. */
    public String stamp() {
        return String.format("[%7s]", Formats.elapsed(elapsed()));
    }

    /** Call when something was printed; restarts the reminder period. */
    public void noted() {
        lastNoteNanos = System.nanoTime();
    }

    /** True (once per period) when nothing was printed for a while. */
    public boolean reminderDue() {
        if (System.nanoTime() - lastNoteNanos >= REMINDER.toNanos()) {
            noted();
            return true;
        }
        return false;
    }

    public boolean expired() {
        return !limit.isZero() && elapsed().compareTo(limit) >= 0;
    }

    public void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestInterruptedException(e);
        }
    }
}
