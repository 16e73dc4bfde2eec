package io.colonies.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.colonies.model.core.FunctionSpec;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProcessDraftTest {
    private static final Instant SUBMITTED = Instant.parse("2023-03-01T12:00:00.123456Z");

    @Test
    void priorityTimeMatchesTheProtocolVector() {
        assertEquals(1677499200123456000L, ProcessDraft.priorityTime(SUBMITTED, 2));
        assertEquals(1677672000123456000L, ProcessDraft.priorityTime(SUBMITTED, 0));
    }

    @Test
    void eachPriorityStepIsOneDayOfQueueAge() {
        long oneDay = 86_400_000_000_000L;
        assertEquals(oneDay, ProcessDraft.priorityTime(SUBMITTED, -1) - ProcessDraft.priorityTime(SUBMITTED, 0));
    }

    @Test
    void waitDeadlineOnlyForPositiveMaxWaitTime() {
        FunctionSpec spec = new FunctionSpec();
        spec.maxwaittime = 30;
        assertEquals(SUBMITTED.plusSeconds(30), new ProcessDraft(spec, SUBMITTED).waitDeadline());
        spec.maxwaittime = 0;
        assertNull(new ProcessDraft(spec, SUBMITTED).waitDeadline());
        spec.maxwaittime = -1;
        assertNull(new ProcessDraft(spec, SUBMITTED).waitDeadline());
    }
}
