package io.colonies.server.cron;

import static io.colonies.server.cron.CronBuilder.aCron;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Cron;
import io.colonies.model.core.ProcessState;
import io.colonies.model.json.GoTime;
import io.colonies.server.error.ErrorKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CronServiceTest {
    private static final Instant NOW = Instant.parse("2023-03-01T12:00:00Z");
    private final CronWorld world = new CronWorld(NOW);

    @Test
    void addAssignsAnIdAndIgnoresClientRunHistory() {
        Cron sent = aCron().withId("client-chosen").after("someone-elses-graph").build();
        sent.lastrun = NOW;
        Cron stored = world.service.add(sent);
        assertNotEquals("client-chosen", stored.cronid);
        assertEquals(64, stored.cronid.length());
        assertEquals("", stored.prevprocessgraphid);
        assertTrue(GoTime.isZero(stored.lastrun));
        assertEquals(0, stored.checkerperiod);
    }

    @Test
    void aDuplicateNameIsAConflict() {
        world.service.add(aCron().named("same").build());
        CronException e = assertThrows(CronException.class, () -> world.service.add(aCron().named("same").build()));
        assertEquals(ErrorKind.CONFLICT, e.kind());
    }

    @Test
    void getReportsTheCheckerPeriod() {
        Cron stored = world.service.add(aCron().build());
        assertEquals(CronWorld.CHECKER_PERIOD_MS, world.service.get(stored.cronid).checkerperiod);
    }

    @Test
    void unknownIdsAreNotFound() {
        for (Runnable call : List.<Runnable>of(() -> world.service.get("nope"), () -> world.service.colonyOf("nope"),
                () -> world.service.delete("nope"), () -> world.service.runNow("nope"), () -> world.service.runNow(null))) {
            assertEquals(ErrorKind.NOT_FOUND, assertThrows(CronException.class, call::run).kind());
        }
    }

    @Test
    void noCronsIsAnEmptyList() {
        assertEquals(List.of(), world.service.list(Specs.COLONY, 10));
        world.service.add(aCron().build());
        assertEquals(List.of(), world.service.list(Specs.COLONY, 0));
        assertEquals(1, world.service.list(Specs.COLONY, 10).size());
    }

    @Test
    void runNowIgnoresScheduleAndWaitingAndRepliesWithTheCronBeforeTheRun() {
        world.previousGraph("prev", ProcessState.RUNNING, List.of(), List.of("chained"));
        Cron cron = aCron().every(60).dueAt(NOW.plusSeconds(3000)).after("prev").waitingForPrevious().build();
        world.crons.put(cron);

        Cron reply = world.service.runNow(cron.cronid);

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
        world.service.runNow(cron.cronid);
        assertEquals(NOW.plusSeconds(60), world.crons.row(cron.cronid).nextrun);
    }
}
