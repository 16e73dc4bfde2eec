package io.colonies.server.generator;

import static io.colonies.server.generator.GeneratorBuilder.aGenerator;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.colonies.model.core.Generator;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorTriggerTest {
    private static final Instant NOW = Instant.parse("2023-03-01T12:00:00Z");

    private static List<Integer> batches(Generator g, long queued) {
        return GeneratorTrigger.batches(g, queued, NOW, 100);
    }

    @Test
    void eachFullTriggerOfArgsIsOneWorkflow() {
        Generator g = aGenerator().triggeringAt(5).build();
        assertEquals(List.of(5), batches(g, 5));
        assertEquals(List.of(5, 5), batches(g, 12));
        assertEquals(List.of(), batches(g, 4));
        assertEquals(List.of(), batches(g, 0));
    }

    @Test
    void aBacklogIsSpreadOverTicks() {
        assertEquals(3, GeneratorTrigger.batches(aGenerator().triggeringAt(1).build(), 1000, NOW, 3).size());
    }

    @Test
    void beforeAnyRunTheTimeoutCountsFromTheFirstPack() {
        Generator g = aGenerator().triggeringAt(5).timingOutAfter(10).firstPackedAt(NOW.minusSeconds(11)).build();
        assertEquals(List.of(3), batches(g, 3));
        Generator fresh = aGenerator().triggeringAt(5).timingOutAfter(10).firstPackedAt(NOW.minusSeconds(10)).build();
        assertEquals(List.of(), batches(fresh, 3), "10 s is not yet more than 10 s");
    }

    @Test
    void afterARunTheTimeoutCountsFromTheLastRun() {
        Generator g = aGenerator().triggeringAt(5).timingOutAfter(10).firstPackedAt(NOW.minusSeconds(3600))
                .lastRunAt(NOW.minusSeconds(5)).build();
        assertEquals(List.of(), batches(g, 2));
        g.lastrun = NOW.minusSeconds(11);
        assertEquals(List.of(2), batches(g, 2));
    }

    @Test
    void theTimeoutIsJudgedInWholeSeconds() {
        Generator g = aGenerator().timingOutAfter(10).firstPackedAt(Instant.parse("2023-03-01T11:59:49.900Z")).build();
        assertEquals(List.of(1), batches(g, 1), "11:59:49 to 12:00:00 is 11 whole seconds");
        g.firstpack = Instant.parse("2023-03-01T11:59:50.001Z");
        assertEquals(List.of(), batches(g, 1));
    }

    @Test
    void noTimeoutOrNoPackMeansWaitForTheTrigger() {
        assertEquals(List.of(), batches(aGenerator().timingOutAfter(0).firstPackedAt(NOW.minusSeconds(999)).build(), 2));
        assertEquals(List.of(), batches(aGenerator().timingOutAfter(-1).firstPackedAt(NOW.minusSeconds(999)).build(), 2));
        assertEquals(List.of(), batches(aGenerator().timingOutAfter(10).build(), 2));
    }

    @Test
    void anInvalidTriggerNeverFires() {
        assertEquals(List.of(), batches(aGenerator().triggeringAt(0).build(), 10));
    }
}
