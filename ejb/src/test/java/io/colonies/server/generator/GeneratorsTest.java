package io.colonies.server.generator;

import static io.colonies.server.generator.GeneratorBuilder.aGenerator;
import static io.colonies.server.generator.GeneratorWorld.MEMBER;
import static io.colonies.server.generator.GeneratorWorld.STRANGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Generator;
import io.colonies.model.json.GoTime;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorsTest {
    private static final Instant NOW = Instant.parse("2023-03-01T12:00:00Z");
    private static final ColonyScope ANY = ColonyScope.ANY;
    private static final ColonyId COLONY = ColonyId.of(GeneratorBuilder.COLONY);
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
        Generator got = world.service.get(MEMBER, ANY, g.generatorid);
        assertEquals(2, got.queuesize);
        assertEquals(GeneratorWorld.CHECKER_PERIOD_MS, got.checkerperiod);
        Generator resolved = world.service.resolve(MEMBER, ANY, "by-name");
        assertEquals(g.generatorid, resolved.generatorid);
        assertEquals(0, resolved.queuesize);
        assertEquals(0, resolved.checkerperiod);
    }

    @Test
    void theFirstPackIsRemembered() {
        Generator g = world.add(aGenerator());
        world.pack(g, "a");
        assertEquals(NOW, world.service.get(MEMBER, ANY, g.generatorid).firstpack);
    }

    @Test
    void unknownIdsAndNamesAreNotFound() {
        for (Runnable call : List.<Runnable>of(() -> world.service.get(MEMBER, ANY, "nope"),
                () -> world.service.resolve(MEMBER, ANY, "nope"), () -> world.service.resolve(MEMBER, ANY, null),
                () -> world.service.pack(MEMBER, ANY, "nope", "x"), () -> world.service.delete(MEMBER, ANY, "nope"),
                () -> world.service.get(MEMBER, ANY, null))) {
            assertEquals(ErrorKind.NOT_FOUND, assertThrows(GeneratorException.class, call::run).kind());
        }
    }

    @Test
    void noGeneratorsIsAnEmptyList() {
        assertEquals(List.of(), world.service.list(MEMBER, COLONY, 5));
        world.add(aGenerator());
        assertEquals(1, world.service.list(MEMBER, COLONY, 5).size());
        assertEquals(List.of(), world.service.list(MEMBER, COLONY, 0));
    }

    @Test
    void deleteDropsTheQueueToo() {
        Generator g = world.add(aGenerator());
        world.pack(g, "a");
        world.service.delete(MEMBER, ANY, g.generatorid);
        assertEquals(List.of(), world.generators.queue(g.generatorid));
    }

    @Test
    void onlyMembersOfTheGeneratorsColonyMayTouchIt() {
        Generator g = world.add(aGenerator().named("theirs"));
        for (Runnable call : List.<Runnable>of(() -> world.service.add(STRANGER, aGenerator().named("mine").build()),
                () -> world.service.get(STRANGER, ANY, g.generatorid),
                () -> world.service.resolve(STRANGER, ANY, "theirs"),
                () -> world.service.list(STRANGER, COLONY, 5),
                () -> world.service.pack(STRANGER, ANY, g.generatorid, "x"),
                () -> world.service.delete(STRANGER, ANY, g.generatorid))) {
            assertEquals(ErrorKind.FORBIDDEN, assertThrows(ColoniesException.class, call::run).kind());
        }
        assertEquals(List.of(), world.generators.queue(g.generatorid), "nothing was packed");
        assertNotNull(world.generators.row(g.generatorid), "nor deleted");
    }

    @Test
    void aGeneratorOfAnotherColonyIsNotFoundUnderThisColonysPath() {
        Generator g = world.add(aGenerator().named("here"));
        ColonyScope other = ColonyScope.of(GeneratorBuilder.OTHER_COLONY);
        for (Runnable call : List.<Runnable>of(() -> world.service.get(MEMBER, other, g.generatorid),
                () -> world.service.resolve(MEMBER, other, "here"),
                () -> world.service.pack(MEMBER, other, g.generatorid, "x"),
                () -> world.service.delete(MEMBER, other, g.generatorid))) {
            ColoniesException e = assertThrows(ColoniesException.class, call::run);
            assertEquals(ErrorKind.NOT_FOUND, e.kind());
            assertTrue(e.getMessage().endsWith(" does not exist in colony " + GeneratorBuilder.OTHER_COLONY),
                    e.getMessage());
        }
        assertEquals(List.of(), world.generators.queue(g.generatorid));
        assertEquals(g.generatorid, world.service.get(MEMBER, ColonyScope.of(COLONY), g.generatorid).generatorid);
    }
}
