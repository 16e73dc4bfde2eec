package io.colonies.server.cron;

import static io.colonies.server.cron.CronBuilder.aCron;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Cron;
import io.colonies.model.core.ProcessState;
import io.colonies.model.json.GoTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker's two steps (PROTOCOL §6.8), driven by a moving clock rather than by sleeping. */
class CronFiringTest {
    private static final Instant NOW = Instant.parse("2023-03-01T12:00:00Z");
    private final CronWorld world = new CronWorld(NOW);

    private Cron given(CronBuilder builder) {
        Cron cron = builder.build();
        world.crons.put(cron);
        return cron;
    }

    @Test
    void anUnscheduledCronGetsItsFirstDeadlineWithoutRunning() {
        Cron cron = given(aCron().every(60).dueAt(null));
        assertTrue(world.firing.schedule(cron.cronid, NOW));
        assertEquals(NOW.plusSeconds(60), world.crons.row(cron.cronid).nextrun);
        assertTrue(world.submitted.isEmpty());
        assertFalse(world.firing.schedule(cron.cronid, NOW), "a second replica must not reschedule it");
    }

    @Test
    void anExpressionCronIsScheduledOnItsNextMatch() {
        Cron cron = given(aCron().on("0 0 0 * * *").dueAt(null));
        world.firing.schedule(cron.cronid, NOW);
        assertEquals(Instant.parse("2023-03-02T00:00:00Z"), world.crons.row(cron.cronid).nextrun);
    }

    @Test
    void aCronIsNotFiredBeforeItsDeadline() {
        Cron cron = given(aCron().every(60).dueAt(NOW.plusSeconds(1)));
        assertFalse(world.firing.fireIfDue(cron.cronid, NOW));
        assertFalse(world.firing.fireIfDue(cron.cronid, NOW.plusSeconds(1)), "due means strictly after the deadline");
        assertTrue(world.submitted.isEmpty());
    }

    @Test
    void aDueCronRunsOnceAndMovesItsDeadlineFromNow() {
        Cron cron = given(aCron().every(60).dueAt(NOW.minusMillis(10)));
        assertTrue(world.firing.fireIfDue(cron.cronid, NOW));
        Cron after = world.crons.row(cron.cronid);
        assertEquals(1, world.submitted.size());
        assertEquals(NOW.plusSeconds(60), after.nextrun);
        assertEquals(NOW, after.lastrun);
        assertEquals(world.submitted.get(0).graphId(), after.prevprocessgraphid);
        assertEquals(Specs.COLONY, world.submitted.get(0).spec().colonyid);
        assertNull(world.submitted.get(0).inputs().in(), "the first run has no input");
        assertFalse(world.firing.fireIfDue(cron.cronid, NOW), "the same deadline never runs twice");
    }

    @Test
    void missedRunsAreCaughtUpOnceThenTheScheduleRestartsFromNow() {
        Cron cron = given(aCron().every(3600).dueAt(NOW.minus(Duration.ofDays(3))));
        assertTrue(world.firing.fireIfDue(cron.cronid, NOW));
        assertFalse(world.firing.fireIfDue(cron.cronid, NOW.plusSeconds(1)));
        assertEquals(1, world.submitted.size());
        assertEquals(NOW.plusSeconds(3600), world.crons.row(cron.cronid).nextrun);
    }

    @Test
    void aRowLockedByAnotherReplicaIsPassedBy() {
        Cron cron = given(aCron().dueAt(NOW.minusSeconds(1)));
        world.crons.lockedElsewhere.add(cron.cronid);
        assertFalse(world.firing.fireIfDue(cron.cronid, NOW));
        assertTrue(world.submitted.isEmpty());
    }

    @Test
    void thePreviousRunsLeafOutputBecomesTheRootInput() {
        world.previousGraph("prev", ProcessState.SUCCESS, List.of("root-out"), List.of("leaf-out", 7));
        Cron cron = given(aCron().dueAt(NOW.minusSeconds(1)).after("prev"));
        world.firing.fireIfDue(cron.cronid, NOW);
        assertEquals(List.of("leaf-out", 7), world.submitted.get(0).inputs().in());
        assertNull(world.submitted.get(0).inputs().args(), "cron runs never replace args");
    }

    @Test
    void aDeletedPreviousGraphMeansNoInput() {
        Cron cron = given(aCron().dueAt(NOW.minusSeconds(1)).after("gone").waitingForPrevious());
        assertTrue(world.firing.fireIfDue(cron.cronid, NOW));
        assertNull(world.submitted.get(0).inputs().in());
    }

    @Test
    void waitForPreviousSkipsWhileThePreviousGraphIsWaitingOrRunning() {
        for (int state : new int[] {ProcessState.WAITING, ProcessState.RUNNING}) {
            world.previousGraph("prev", state, List.of(), List.of());
            Cron cron = given(aCron().dueAt(NOW.minusSeconds(1)).after("prev").waitingForPrevious());
            assertFalse(world.firing.fireIfDue(cron.cronid, NOW));
            assertEquals(NOW.minusSeconds(1), world.crons.row(cron.cronid).nextrun, "it stays due");
        }
        assertTrue(world.submitted.isEmpty());
    }

    @Test
    void waitForPreviousRunsOnceThePreviousGraphHasEnded() {
        for (int state : new int[] {ProcessState.SUCCESS, ProcessState.FAILED}) {
            world.previousGraph("prev", state, List.of(), List.of("x"));
            Cron cron = given(aCron().dueAt(NOW.minusSeconds(1)).after("prev").waitingForPrevious());
            assertTrue(world.firing.fireIfDue(cron.cronid, NOW));
        }
        assertEquals(2, world.submitted.size());
    }

    @Test
    void withoutWaitForPreviousARunningPreviousGraphDoesNotMatter() {
        world.previousGraph("prev", ProcessState.RUNNING, List.of(), List.of());
        Cron cron = given(aCron().dueAt(NOW.minusSeconds(1)).after("prev"));
        assertTrue(world.firing.fireIfDue(cron.cronid, NOW));
    }

    @Test
    void aFailedRunSkipsToTheNextDeadline() {
        Cron cron = given(aCron().every(30).dueAt(NOW.minusSeconds(1)));
        world.firing.skipDeadline(cron.cronid, NOW);
        Cron after = world.crons.row(cron.cronid);
        assertEquals(NOW.plusSeconds(30), after.nextrun);
        assertTrue(GoTime.isZero(after.lastrun));
        assertTrue(world.submitted.isEmpty());
    }
}
