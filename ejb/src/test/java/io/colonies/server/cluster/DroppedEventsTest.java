package io.colonies.server.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class DroppedEventsTest {
    private final List<LogRecord> lines = new ArrayList<>();
    private final Logger log = Logger.getAnonymousLogger();
    private final AtomicLong now = new AtomicLong(1_000);
    private final DroppedEvents dropped;

    DroppedEventsTest() {
        log.setUseParentHandlers(false);
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        dropped = new DroppedEvents(log, "the tests", Duration.ofSeconds(60), now::get);
    }

    @Test
    void theFirstDropIsReportedAtOnceAtWarning() {
        dropped.record("it was refused", null);
        assertEquals(1, lines.size());
        assertEquals(Level.WARNING, lines.get(0).getLevel());
        assertTrue(lines.get(0).getMessage().startsWith("1 process event(s) dropped in the tests"),
                lines.get(0).getMessage());
        assertTrue(lines.get(0).getMessage().contains("it was refused"));
    }

    @Test
    void dropsWithinTheIntervalAreCountedIntoTheNextLine() {
        dropped.record("first", null);
        for (int i = 0; i < 41; i++) {
            now.addAndGet(Duration.ofSeconds(1).toNanos());
            dropped.record("burst", null);
        }
        assertEquals(1, lines.size(), "one line per interval");
        now.addAndGet(Duration.ofSeconds(60).toNanos());
        dropped.record("later", null);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).getMessage().startsWith("42 process event(s) dropped"), lines.get(1).getMessage());
    }
}
