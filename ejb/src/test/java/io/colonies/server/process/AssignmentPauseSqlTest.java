package io.colonies.server.process;

import static io.colonies.server.process.ProcessStoreSqlTest.COLONY;
import static io.colonies.server.process.ProcessStoreSqlTest.EXECUTOR;
import static io.colonies.server.process.ProcessStoreSqlTest.NOW;
import static io.colonies.server.process.ProcessStoreSqlTest.TYPE;
import static io.colonies.server.process.ProcessStoreSqlTest.spec;
import static io.colonies.server.process.ProcessStoreSqlTest.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.ProcessState;
import io.colonies.server.db.Sql;
import io.colonies.server.db.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pause is part of the claim statement: a paused colony's processes are not claimable, on any connection. */
class AssignmentPauseSqlTest {
    private static final String OTHER_COLONY = "other";
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perTestClass();
    private static Sql sql;
    private ProcessRepository processes;
    private AssignmentPauseStore pauses;

    @BeforeAll
    static void database() {
        sql = new Sql(db.autoCommit());
    }

    @BeforeEach
    void fresh() {
        db.execute("DELETE FROM processes");
        db.execute("DELETE FROM colonies");
        db.execute("INSERT INTO colonies (colony_id, name) VALUES ('" + COLONY + "', 'a'), ('" + OTHER_COLONY + "', 'b')");
        processes = new ProcessRepository(sql);
        pauses = new AssignmentPauseStore(sql);
    }

    @Test
    void aPausedColonysProcessesStayWaitingUntilResumed() {
        String queued = submit(processes, spec("queued", 0), NOW);
        assertTrue(pauses.pause(COLONY, COLONY, NOW));
        assertTrue(pauses.isPaused(COLONY));

        assertNull(processes.claim(COLONY, TYPE, EXECUTOR, NOW), "nothing is claimable while paused");
        assertEquals(ProcessState.WAITING, processes.find(queued).state);
        String submittedWhilePaused = submit(processes, spec("later", 0), NOW.plusSeconds(1));
        assertEquals(ProcessState.WAITING, processes.find(submittedWhilePaused).state, "submits still queue");
        assertNull(processes.claim(COLONY, TYPE, EXECUTOR, NOW));

        assertTrue(pauses.resume(COLONY));
        assertFalse(pauses.isPaused(COLONY));
        assertEquals(queued, processes.claim(COLONY, TYPE, EXECUTOR, NOW).processid, "queue order is kept");
        assertEquals(submittedWhilePaused, processes.claim(COLONY, TYPE, EXECUTOR, NOW).processid);
    }

    @Test
    void aPauseCommittedOnOneConnectionStopsClaimsOnAnother() {
        submit(processes, spec("first", 0), NOW);
        submit(processes, spec("second", 0), NOW.plusSeconds(1));
        // "replica B" claims over its own connection and knows of the pause only through the table
        ProcessRepository replicaB = new ProcessRepository(new Sql(db.autoCommit()));
        try (TestDatabase.Transaction replicaA = db.begin()) {
            new AssignmentPauseStore(new Sql(replicaA.dataSource())).pause(COLONY, COLONY, NOW);
            assertNotNull(replicaB.claim(COLONY, TYPE, EXECUTOR, NOW), "a pause not yet committed holds no one");
            replicaA.commit();
        }
        assertNull(replicaB.claim(COLONY, TYPE, EXECUTOR, NOW), "committed: the other replica's claim finds nothing");
        assertEquals(1, replicaB.list(COLONY, ProcessState.WAITING, TYPE, 10).size());
    }

    @Test
    void pausingIsPerColonyAndIdempotent() {
        String other = insertInOtherColony();
        assertTrue(pauses.pause(COLONY, COLONY, NOW));
        assertFalse(pauses.pause(COLONY, COLONY, NOW.plusSeconds(5)), "already paused");
        assertEquals(1, pauses.pausedColonies());
        assertEquals(other, processes.claim(OTHER_COLONY, TYPE, EXECUTOR, NOW).processid,
                "another colony is not paused");
        assertTrue(pauses.resume(COLONY));
        assertFalse(pauses.resume(COLONY), "resuming a running colony changes nothing");
        assertEquals(0, pauses.pausedColonies());
    }

    @Test
    void deletingTheColonyTakesItsPauseWithIt() {
        pauses.pause(COLONY, COLONY, NOW);
        db.execute("DELETE FROM colonies WHERE colony_id = '" + COLONY + "'");
        assertFalse(pauses.isPaused(COLONY));
        assertEquals(0, pauses.pausedColonies());
    }

    private String insertInOtherColony() {
        var s = spec("elsewhere", 0);
        s.conditions.colonyid = OTHER_COLONY;
        ProcessDraft draft = new ProcessDraft(s, NOW);
        processes.insert(draft, OTHER_COLONY);
        return draft.id();
    }
}
