package io.colonies.server.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RowCountsTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final AtomicInteger queries = new AtomicInteger();

    private RowCounts counts(long refreshMs) {
        return new RowCounts(() -> new RowCounts.Counts(queries.incrementAndGet(), 0, new long[4], new long[4]),
                nanos::get, refreshMs);
    }

    @Test
    void scrapesWithinThePeriodShareOneQuery() {
        RowCounts counts = counts(5000);
        for (int i = 0; i < 50; i++) {
            assertEquals(1, counts.get().colonies());
        }
        nanos.addAndGet(4_999_000_000L);
        assertEquals(1, counts.get().colonies());
        assertEquals(1, queries.get());
    }

    @Test
    void aScrapeAfterThePeriodReadsAgain() {
        RowCounts counts = counts(5000);
        counts.get();
        nanos.addAndGet(5_000_000_000L);
        assertEquals(2, counts.get().colonies());
        assertEquals(2, queries.get());
    }

    @Test
    void zeroPeriodReadsOnEveryScrape() {
        RowCounts counts = counts(0);
        counts.get();
        counts.get();
        assertEquals(2, queries.get());
    }

    @Test
    void aFailedRefreshKeepsTheLastSnapshot() {
        AtomicInteger calls = new AtomicInteger();
        RowCounts counts = new RowCounts(() -> {
            if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("database down");
            }
            return new RowCounts.Counts(7, 0, new long[4], new long[4]);
        }, nanos::get, 10);
        assertEquals(7, counts.get().colonies());
        nanos.addAndGet(20_000_000L);
        assertEquals(7, counts.get().colonies());
        assertEquals(2, calls.get());
    }

    @Test
    void aFirstReadThatFailsIsReported() {
        RowCounts counts = new RowCounts(() -> {
            throw new IllegalStateException("database down");
        }, nanos::get, 10);
        assertThrows(IllegalStateException.class, counts::get);
    }
}
