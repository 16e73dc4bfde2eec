package io.colonies.server.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GoDurationTest {
    @Test
    void readsCompoundDurations() {
        assertEquals(Duration.ofSeconds(5410), GoDuration.parse("1h30m10s"));
        assertEquals(Duration.ofMinutes(165), GoDuration.parse("2h45m"));
    }

    @Test
    void readsFractionsAndSmallUnits() {
        assertEquals(Duration.ofMinutes(90), GoDuration.parse("1.5h"));
        assertEquals(Duration.ofMillis(300), GoDuration.parse("300ms"));
        assertEquals(Duration.ofNanos(1500), GoDuration.parse("1.5us"));
        assertEquals(Duration.ofNanos(2000), GoDuration.parse("2µs"));
        assertEquals(Duration.ofSeconds(5), GoDuration.parse("5.s"));
        assertEquals(Duration.ofMillis(500), GoDuration.parse(".5s"));
    }

    @Test
    void readsSignsAndZero() {
        assertEquals(Duration.ofMinutes(-90), GoDuration.parse("-1.5h"));
        assertEquals(Duration.ofSeconds(3), GoDuration.parse("+3s"));
        assertEquals(Duration.ZERO, GoDuration.parse("0"));
    }

    @Test
    void rejectsWhatGoRejects() {
        assertEquals("time: invalid duration \"\"", assertThrows(CronException.class, () -> GoDuration.parse(""))
                .getMessage());
        assertEquals("time: missing unit in duration \"5\"",
                assertThrows(CronException.class, () -> GoDuration.parse("5")).getMessage());
        assertEquals("time: unknown unit \"x\" in duration \"5x\"",
                assertThrows(CronException.class, () -> GoDuration.parse("5x")).getMessage());
        assertThrows(CronException.class, () -> GoDuration.parse(".s"));
        assertThrows(CronException.class, () -> GoDuration.parse("1h."));
        assertThrows(CronException.class, () -> GoDuration.parse("1..5s"));
        assertThrows(CronException.class, () -> GoDuration.parse("99999999999h"));
    }
}
