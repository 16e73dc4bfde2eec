package io.colonies.server.generator;

import static io.colonies.server.generator.GeneratorBuilder.aGenerator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Generator;
import io.colonies.model.json.GoTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** PROTOCOL §6.9, driven through the scan with a fixed clock. */
class GeneratorFiringTest {
    private static final Instant NOW = Instant.parse("2023-03-01T12:00:00Z");
    private final GeneratorWorld world = new GeneratorWorld(NOW);

    @Test
    void fivePacksWithTriggerFiveMakeOneWorkflow() {
        Generator g = world.add(aGenerator().triggeringAt(5));
        world.pack(g, "hello1", "hello2", "hello3", "hello4", "hello5");

        assertEquals(1, world.scan.run(NOW));

        assertEquals(List.of(List.of("hello1", "hello2", "hello3", "hello4", "hello5")), world.argsSubmitted());
        assertNull(world.submitted.get(0).in(), "generator runs feed args, not input");
        assertEquals(List.of(), world.generators.queue(g.generatorid));
        assertEquals(NOW, world.generators.row(g.generatorid).lastrun);
    }

    @Test
    void argsAreConsumedOldestFirstAndTheRemainderWaits() {
        Generator g = world.add(aGenerator().triggeringAt(5));
        world.pack(g, IntStream.rangeClosed(1, 12).mapToObj(i -> "a" + i).toArray(String[]::new));

        assertEquals(2, world.scan.run(NOW));

        assertEquals(List.of(List.of("a1", "a2", "a3", "a4", "a5"), List.of("a6", "a7", "a8", "a9", "a10")),
                world.argsSubmitted());
        assertEquals(List.of("a11", "a12"), world.generators.queue(g.generatorid));
        assertEquals(0, world.scan.run(NOW), "two args wait for the trigger, no timeout set");
    }

    @Test
    void aTimedOutGeneratorSubmitsWhatItHas() {
        Generator g = world.add(aGenerator().triggeringAt(5).timingOutAfter(10));
        world.pack(g, "x", "y");

        assertEquals(0, world.scan.run(NOW.plusSeconds(10)));
        assertEquals(1, world.scan.run(NOW.plusSeconds(11)));

        assertEquals(List.of(List.of("x", "y")), world.argsSubmitted());
        assertEquals(NOW, world.generators.row(g.generatorid).firstpack);
        assertEquals(NOW.plusSeconds(11), world.generators.row(g.generatorid).lastrun);
    }

    @Test
    void aGeneratorHeldByAnotherReplicaIsLeftAlone() {
        Generator g = world.add(aGenerator().triggeringAt(1));
        world.pack(g, "only");
        world.generators.lockedElsewhere.add(g.generatorid);

        assertEquals(0, world.scan.run(NOW));
        assertEquals(List.of("only"), world.generators.queue(g.generatorid));
        assertTrue(GoTime.isZero(world.generators.row(g.generatorid).lastrun));
    }

    @Test
    void aHugeBacklogIsSpreadOverTicks() {
        Generator g = world.add(aGenerator().triggeringAt(1));
        world.pack(g, IntStream.range(0, GeneratorFiring.MAX_RUNS_PER_TICK + 20).mapToObj(i -> "p" + i)
                .toArray(String[]::new));

        assertEquals(GeneratorFiring.MAX_RUNS_PER_TICK, world.scan.run(NOW));
        assertEquals(20, world.scan.run(NOW.plusSeconds(1)));
        assertEquals(List.of("p0"), world.argsSubmitted().get(0));
    }
}
