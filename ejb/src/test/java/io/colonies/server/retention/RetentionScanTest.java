package io.colonies.server.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.server.config.ColoniesConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionScanTest {
    private static final Instant NOW = Instant.parse("2023-03-01T12:00:00Z");

    private static ColoniesConfig config(boolean on, long policySeconds) {
        return new ColoniesConfig() {
            @Override
            public boolean retention() {
                return on;
            }

            @Override
            public Duration retentionPolicy() {
                return Duration.ofSeconds(policySeconds);
            }
        };
    }

    /** Answers each call with the next scripted batch size and records the cutoff it was given. */
    private static class ScriptedCleaner extends RetentionCleaner {
        final Deque<Integer> processBatches = new ArrayDeque<>();
        final Deque<Integer> graphBatches = new ArrayDeque<>();
        final List<Instant> cutoffs = new ArrayList<>();

        @Override
        public int deleteProcesses(Instant cutoff, int batch) {
            cutoffs.add(cutoff);
            return processBatches.isEmpty() ? 0 : processBatches.pop();
        }

        @Override
        public int deleteGraphs(Instant cutoff, int batch) {
            cutoffs.add(cutoff);
            return graphBatches.isEmpty() ? 0 : graphBatches.pop();
        }
    }

    private static RetentionScan scan(ColoniesConfig config, RetentionCleaner cleaner) {
        RetentionScan scan = new RetentionScan();
        scan.config = config;
        scan.cleaner = cleaner;
        return scan;
    }

    @Test
    void runsOnlyWhenSwitchedOnEveryMinute() {
        assertFalse(scan(config(false, 60), new ScriptedCleaner()).enabled());
        RetentionScan on = scan(config(true, 60), new ScriptedCleaner());
        assertTrue(on.enabled());
        assertEquals(Duration.ofSeconds(60), on.period());
        assertEquals("retention", on.name());
    }

    @Test
    void deletesInBatchesUntilAShortBatchUsingThePolicyAsCutoff() {
        ScriptedCleaner cleaner = new ScriptedCleaner();
        cleaner.processBatches.addAll(List.of(RetentionScan.BATCH, RetentionScan.BATCH, 7));
        cleaner.graphBatches.addAll(List.of(3));

        int deleted = scan(config(true, 604800), cleaner).run(NOW);

        assertEquals(2 * RetentionScan.BATCH + 7 + 3, deleted);
        assertEquals(4, cleaner.cutoffs.size());
        assertTrue(cleaner.cutoffs.stream().allMatch(NOW.minusSeconds(604800)::equals));
    }

    @Test
    void onePassIsBounded() {
        ScriptedCleaner cleaner = new ScriptedCleaner() {
            @Override
            public int deleteProcesses(Instant cutoff, int batch) {
                return batch;
            }
        };
        assertEquals(RetentionScan.MAX_BATCHES * RetentionScan.BATCH, scan(config(true, 1), cleaner).run(NOW));
    }
}
