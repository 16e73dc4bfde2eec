package io.colonies.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.server.db.Sql;
import io.colonies.server.db.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The claim and close SQL of the process store, against PostgreSQL. */
class ProcessStoreSqlTest {
    static final String COLONY = "colony";
    static final String TYPE = "worker";
    static final String EXECUTOR = "e".repeat(64);
    static final String OTHER = "f".repeat(64);
    static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perTestClass();
    private static Sql sql;
    private ProcessRepository store;

    @BeforeAll
    static void database() {
        sql = new Sql(db.autoCommit());
    }

    @BeforeEach
    void emptyQueue() {
        db.execute("DELETE FROM processes");
        store = new ProcessRepository(sql);
    }

    static FunctionSpec spec(String funcname, int priority) {
        FunctionSpec spec = new FunctionSpec();
        spec.funcname = funcname;
        spec.priority = priority;
        spec.conditions.executortype = TYPE;
        spec.conditions.colonyid = COLONY;
        SpecRules.requireAssignable(spec);
        return spec;
    }

    static String submit(ProcessRepository store, FunctionSpec spec, Instant at) {
        ProcessDraft draft = new ProcessDraft(spec, at);
        store.insert(draft, COLONY);
        return draft.id();
    }

    @Test
    void claimTakesTheBestWaitingProcessAndMarksItRunning() {
        String later = submit(store, spec("later", 0), NOW);
        String urgent = submit(store, spec("urgent", 1), NOW.plusSeconds(5));
        FunctionSpec timed = spec("timed", 0);
        timed.maxexectime = 30;
        String deadline = submit(store, timed, NOW.minusSeconds(1));

        Process first = store.claim(COLONY, TYPE, EXECUTOR, NOW);
        assertEquals(urgent, first.processid, "a priority step outweighs a few seconds of queue age");
        assertEquals(ProcessState.RUNNING, first.state);
        assertEquals(EXECUTOR, first.assignedexecutorid);
        assertTrue(first.isassigned);
        assertEquals(NOW, first.starttime);
        Process second = store.claim(COLONY, TYPE, EXECUTOR, NOW);
        assertEquals(deadline, second.processid);
        assertEquals(NOW.plusSeconds(30), second.execdeadline, "max exec time sets the deadline");
        assertEquals(later, store.claim(COLONY, TYPE, EXECUTOR, NOW).processid);
        assertNull(store.claim(COLONY, TYPE, EXECUTOR, NOW), "nothing is claimed twice");
    }

    @Test
    void claimRespectsColonyTypeTargetsAndParents() {
        FunctionSpec otherType = spec("other type", 5);
        otherType.conditions.executortype = "gpu";
        submit(store, otherType, NOW);
        FunctionSpec targeted = spec("for someone else", 5);
        targeted.conditions.executorids = List.of(OTHER);
        String forOther = submit(store, targeted, NOW);
        ProcessDraft child = new ProcessDraft(spec("child", 5), NOW).inGraph("g").waitingForParents(true);
        store.insert(child, COLONY);
        String plain = submit(store, spec("plain", 0), NOW);

        assertNull(store.claim("another colony", TYPE, EXECUTOR, NOW));
        assertEquals(plain, store.claim(COLONY, TYPE, EXECUTOR, NOW).processid,
                "a targeted process does not hide an eligible one behind it");
        assertNull(store.claim(COLONY, TYPE, EXECUTOR, NOW), "neither the other's process nor a waiting child");
        assertEquals(forOther, store.claim(COLONY, TYPE, OTHER, NOW).processid);
    }

    @Test
    void closeIsGuardedByAssigneeAndState() {
        String id = submit(store, spec("job", 0), NOW);
        assertNull(store.closeSuccessful(id, EXECUTOR, List.of("x"), NOW), "a waiting process cannot be closed");
        store.claim(COLONY, TYPE, EXECUTOR, NOW);

        assertNull(store.closeSuccessful(id, OTHER, List.of("x"), NOW), "only the assignee closes");
        assertNull(store.closeFailed(id, OTHER, List.of("no"), NOW));
        Process closed = store.closeSuccessful(id, EXECUTOR, List.of("out"), NOW.plusSeconds(2));
        assertEquals(ProcessState.SUCCESS, closed.state);
        assertEquals(List.of("out"), closed.out);
        assertEquals(NOW.plusSeconds(2), closed.endtime);
        assertNotNull(store.closeSuccessful(id, EXECUTOR, List.of(), NOW.plusSeconds(3)),
                "success may be repeated by the assignee");
        assertEquals(List.of("out"), store.find(id).out, "an empty repeat keeps the output");
        assertNull(store.closeFailed(id, EXECUTOR, List.of("late"), NOW), "never failed after success");
    }

    @Test
    void failedCloseIsFinal() {
        String id = submit(store, spec("job", 0), NOW);
        store.claim(COLONY, TYPE, EXECUTOR, NOW);
        Process failed = store.closeFailed(id, EXECUTOR, List.of("exit 1"), NOW);
        assertEquals(ProcessState.FAILED, failed.state);
        assertEquals(List.of("exit 1"), failed.errors);
        assertNull(store.closeSuccessful(id, EXECUTOR, List.of(), NOW));
        assertNull(store.closeFailed(id, EXECUTOR, List.of(), NOW));
    }

    @Test
    void releasePutsAClaimBackOnlyForItsAssignee() {
        String id = submit(store, spec("job", 0), NOW);
        store.claim(COLONY, TYPE, EXECUTOR, NOW);
        assertFalse(store.release(id, OTHER));
        assertTrue(store.release(id, EXECUTOR));
        Process back = store.find(id);
        assertEquals(ProcessState.WAITING, back.state);
        assertEquals("", back.assignedexecutorid);
        assertEquals(id, store.claim(COLONY, TYPE, OTHER, NOW).processid);
    }

    @Test
    void anIdempotencyKeyStoresOneProcess() {
        ProcessDraft first = new ProcessDraft(spec("job", 0), NOW).withIdempotencyKey("order-1");
        ProcessDraft retry = new ProcessDraft(spec("job", 0), NOW).withIdempotencyKey("order-1");
        assertNotNull(store.insertAndAnnounce(first, COLONY));
        assertNull(store.insertAndAnnounce(retry, COLONY), "the unique key refuses the retry");
        assertEquals(first.id(), store.findByIdempotencyKey(COLONY, "order-1").processid);
    }
}
