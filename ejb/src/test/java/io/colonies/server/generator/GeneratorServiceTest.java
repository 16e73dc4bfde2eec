package io.colonies.server.generator;

import static io.colonies.server.generator.GeneratorBuilder.aGenerator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Generator;
import io.colonies.model.json.GoTime;
import io.colonies.server.error.ErrorKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorServiceTest {
    private static final Instant NOW = Instant.parse("2023-03-01T12:00:00Z");
    private final GeneratorWorld world = new GeneratorWorld(NOW);

    @Test
    void addStoresAFreshGenerator() {
        Generator stored = world.add(aGenerator().firstPackedAt(NOW).lastRunAt(NOW));
        assertEquals(64, stored.generatorid.length());
        assertTrue(GoTime.isZero(stored.firstpack));
        assertTrue(GoTime.isZero(stored.lastrun));
        assertEquals(0, stored.queuesize);
        assertEquals(0, stored.checkerperiod);
    }

    @Test
    void aDuplicateNameIsAConflict() {
        world.add(aGenerator().named("same"));
        assertEquals(ErrorKind.CONFLICT,
                assertThrows(GeneratorException.class, () -> world.add(aGenerator().named("same"))).kind());
    }

    @Test
    void getReportsQueueSizeAndCheckerPeriodButResolveDoesNot() {
        Generator g = world.add(aGenerator().named("by-name"));
        world.pack(g, "a", "b");
        Generator got = world.service.get(g.generatorid);
        assertEquals(2, got.queuesize);
        assertEquals(GeneratorWorld.CHECKER_PERIOD_MS, got.checkerperiod);
        Generator resolved = world.service.resolve("by-name");
        assertEquals(g.generatorid, resolved.generatorid);
        assertEquals(0, resolved.queuesize);
        assertEquals(0, resolved.checkerperiod);
    }

    @Test
    void theFirstPackIsRemembered() {
        Generator g = world.add(aGenerator());
        world.pack(g, "a");
        assertEquals(NOW, world.service.get(g.generatorid).firstpack);
    }

    @Test
    void unknownIdsAndNamesAreNotFound() {
        for (Runnable call : List.<Runnable>of(() -> world.service.get("nope"), () -> world.service.resolve("nope"),
                () -> world.service.colonyOf("nope"), () -> world.service.colonyOfName("nope"),
                () -> world.service.pack("nope", "x"), () -> world.service.delete("nope"))) {
            assertEquals(ErrorKind.NOT_FOUND, assertThrows(GeneratorException.class, call::run).kind());
        }
    }

    @Test
    void noGeneratorsIsAnEmptyList() {
        assertEquals(List.of(), world.service.list(GeneratorBuilder.COLONY, 5));
        world.add(aGenerator());
        assertEquals(1, world.service.list(GeneratorBuilder.COLONY, 5).size());
        assertEquals(List.of(), world.service.list(GeneratorBuilder.COLONY, 0));
    }

    @Test
    void deleteDropsTheQueueToo() {
        Generator g = world.add(aGenerator());
        world.pack(g, "a");
        world.service.delete(g.generatorid);
        assertEquals(List.of(), world.generators.queue(g.generatorid));
    }
}
