package io.colonies.server.cron;

import static io.colonies.server.cron.CronBuilder.aCron;
import static io.colonies.server.cron.CronWorld.MEMBER;
import static io.colonies.server.cron.CronWorld.STRANGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Cron;
import io.colonies.model.core.ProcessState;
import io.colonies.model.json.GoTime;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronsTest {
    private static final Instant NOW = Instant.parse("2023-03-01T12:00:00Z");
    private static final ColonyScope ANY = ColonyScope.ANY;
    private final CronWorld world = new CronWorld(NOW);

    @Test
    void addAssignsAnIdAndIgnoresClientRunHistory() {
        Cron sent = aCron().withId("client-chosen").after("someone-elses-graph").build();
        sent.lastrun = NOW;
        Cron stored = world.service.add(MEMBER, sent);
        assertNotEquals("client-chosen", stored.cronid);
        assertEquals(64, stored.cronid.length());
        assertEquals("", stored.prevprocessgraphid);
        assertTrue(GoTime.isZero(stored.lastrun));
        assertEquals(0, stored.checkerperiod);
    }

    @Test
    void aDuplicateNameIsAConflict() {
        world.service.add(MEMBER, aCron().named("same").build());
        CronException e = assertThrows(CronException.class,
                () -> world.service.add(MEMBER, aCron().named("same").build()));
        assertEquals(ErrorKind.CONFLICT, e.kind());
    }

    @Test
    void getReportsTheCheckerPeriod() {
        Cron stored = world.service.add(MEMBER, aCron().build());
        assertEquals(CronWorld.CHECKER_PERIOD_MS, world.service.get(MEMBER, ANY, stored.cronid).checkerperiod);
    }

    @Test
    void unknownIdsAreNotFound() {
        for (Runnable call : List.<Runnable>of(() -> world.service.get(MEMBER, ANY, "nope"),
                () -> world.service.delete(MEMBER, ANY, "nope"), () -> world.service.runNow(MEMBER, ANY, "nope"),
                () -> world.service.runNow(MEMBER, ANY, null), () -> world.service.get(MEMBER, ANY, null))) {
            assertEquals(ErrorKind.NOT_FOUND, assertThrows(CronException.class, call::run).kind());
        }
    }

    @Test
    void noCronsIsAnEmptyList() {
        ColonyId colony = ColonyId.of(Specs.COLONY);
        assertEquals(List.of(), world.service.list(MEMBER, colony, 10));
        world.service.add(MEMBER, aCron().build());
        assertEquals(List.of(), world.service.list(MEMBER, colony, 0));
        assertEquals(1, world.service.list(MEMBER, colony, 10).size());
    }

    @Test
    void onlyMembersOfTheCronsColonyMayTouchIt() {
        Cron cron = aCron().every(60).dueAt(NOW.plusSeconds(3000)).build();
        world.crons.put(cron);
        for (Runnable call : List.<Runnable>of(() -> world.service.add(STRANGER, aCron().named("mine").build()),
                () -> world.service.get(STRANGER, ANY, cron.cronid),
                () -> world.service.list(STRANGER, ColonyId.of(Specs.COLONY), 10),
                () -> world.service.runNow(STRANGER, ANY, cron.cronid),
                () -> world.service.delete(STRANGER, ANY, cron.cronid))) {
            assertEquals(ErrorKind.FORBIDDEN, assertThrows(ColoniesException.class, call::run).kind());
        }
        assertEquals(List.of(), world.submitted, "a stranger's run request starts nothing (quirk Q7)");
        assertNotNull(world.crons.row(cron.cronid), "nor deletes anything");
    }

    @Test
    void aCronOfAnotherColonyIsNotFoundUnderThisColonysPath() {
        Cron cron = aCron().every(60).dueAt(NOW.plusSeconds(3000)).build();
        world.crons.put(cron);
        ColonyScope other = ColonyScope.of(Specs.OTHER_COLONY);
        for (Runnable call : List.<Runnable>of(() -> world.service.get(MEMBER, other, cron.cronid),
                () -> world.service.runNow(MEMBER, other, cron.cronid),
                () -> world.service.delete(MEMBER, other, cron.cronid))) {
            ColoniesException e = assertThrows(ColoniesException.class, call::run);
            assertEquals(ErrorKind.NOT_FOUND, e.kind());
            assertEquals("Cron " + cron.cronid + " does not exist in colony " + Specs.OTHER_COLONY, e.getMessage());
        }
        assertEquals(List.of(), world.submitted);
        assertEquals(cron.cronid, world.service.get(MEMBER, ColonyScope.of(Specs.COLONY), cron.cronid).cronid);
    }

    @Test
    void runNowIgnoresScheduleAndWaitingAndRepliesWithTheCronBeforeTheRun() {
        world.previousGraph("prev", ProcessState.RUNNING, List.of(), List.of("chained"));
        Cron cron = aCron().every(60).dueAt(NOW.plusSeconds(3000)).after("prev").waitingForPrevious().build();
        world.crons.put(cron);

        Cron reply = world.service.runNow(MEMBER, ANY, cron.cronid);

        assertEquals(NOW.plusSeconds(3000), reply.nextrun);
        assertEquals("prev", reply.prevprocessgraphid);
        Cron after = world.crons.row(cron.cronid);
        assertEquals(NOW.plusSeconds(60), after.nextrun);
        assertEquals(NOW, after.lastrun);
        assertEquals(world.submitted.get(0).graphId(), after.prevprocessgraphid);
        assertEquals(List.of("chained"), world.submitted.get(0).inputs().in());
    }

    @Test
    void runNowWorksOnANeverScheduledCron() {
        Cron cron = aCron().every(60).dueAt(null).build();
        world.crons.put(cron);
        world.service.runNow(MEMBER, ANY, cron.cronid);
        assertEquals(NOW.plusSeconds(60), world.crons.row(cron.cronid).nextrun);
    }
}
