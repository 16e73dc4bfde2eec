package io.colonies.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void batchMaxDefaultsToTheServersDefaultAssignBatch() {
        assertEquals(64, Options.parse(new String[0]).integer("batch-max", 1, Options.BATCH_MAX_LIMIT));
    }

    @Test
    void batchMaxIsReadInBothSpellings() {
        assertEquals(16, Options.parse(new String[] {"--batch-max", "16"}).integer("batch-max", 1, 256));
        assertEquals(256, Options.parse(new String[] {"--batch-max=256"}).integer("batch-max", 1, 256));
    }

    @Test
    void batchMaxOutsideOneToTheCloseLimitIsAUsageError() {
        for (String bad : new String[] {"0", "-3", "257"}) {
            Options options = Options.parse(new String[] {"--batch-max", bad});
            Options.UsageException e = assertThrows(Options.UsageException.class,
                    () -> options.integer("batch-max", 1, Options.BATCH_MAX_LIMIT));
            assertTrue(e.getMessage().contains("between 1 and 256"), e.getMessage());
        }
        Options words = Options.parse(new String[] {"--batch-max", "many"});
        assertThrows(Options.UsageException.class, () -> words.integer("batch-max", 1, 256));
    }

    @Test
    void helpListsBatchMaxWithItsExplanation() {
        Options.UsageException help = assertThrows(Options.UsageException.class,
                () -> Options.parse(new String[] {"-h"}));
        assertTrue(help.getMessage().contains("--batch-max 64  (batch: processes claimed per batch assign"),
                help.getMessage());
        assertTrue(help.getMessage().contains("batch (drain over the REST"), help.getMessage());
    }

    @Test
    void unknownFlagsAreRefused() {
        assertThrows(Options.UsageException.class, () -> Options.parse(new String[] {"--batch-mx", "8"}));
    }
}
