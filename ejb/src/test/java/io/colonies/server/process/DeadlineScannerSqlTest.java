package io.colonies.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The deadline scan against PostgreSQL: requeue, fail after the last retry, expire waiting processes. */
class DeadlineScannerSqlTest {
    private static final Instant NOW = ProcessStoreSqlTest.NOW;
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perTestClass();
    private static Sql sql;
    private ProcessRepository store;
    private Recorded.Events events;
    private Recorded.SyncEvent<ProcessClosed> closed;
    private DeadlineScanner scanner;

    @BeforeAll
    static void database() {
        sql = new Sql(db.autoCommit());
    }

    @BeforeEach
    void scanner() {
        db.execute("DELETE FROM processes");
        store = new ProcessRepository(sql);
        events = new Recorded.Events();
        closed = new Recorded.SyncEvent<>();
        scanner = new DeadlineScanner();
        scanner.store = store;
        scanner.events = events;
        scanner.closedEvents = closed;
    }

    private String running(int maxRetries, String graphId) {
        FunctionSpec spec = ProcessStoreSqlTest.spec("job", 0);
        spec.maxexectime = 10;
        spec.maxretries = maxRetries;
        ProcessDraft draft = new ProcessDraft(spec, NOW).inGraph(graphId);
        store.insert(draft, ProcessStoreSqlTest.COLONY);
        assertEquals(draft.id(), store.claim(ProcessStoreSqlTest.COLONY, ProcessStoreSqlTest.TYPE,
                ProcessStoreSqlTest.EXECUTOR, NOW).processid);
        return draft.id();
    }

    @Test
    void nothingChangesBeforeTheDeadline() {
        running(1, "");
        assertEquals(0, scanner.run(NOW.plusSeconds(10)), "the deadline itself is not overdue");
        assertTrue(events.published.isEmpty());
    }

    @Test
    void anOverdueProcessIsRequeuedUntilItsRetriesAreUsedUp() {
        String id = running(1, "");
        assertEquals(1, scanner.run(NOW.plusSeconds(11)));
        Process requeued = store.find(id);
        assertEquals(ProcessState.WAITING, requeued.state);
        assertEquals(1, requeued.retries);
        assertEquals("", requeued.assignedexecutorid);
        assertTrue(closed.fired.isEmpty(), "a requeue is no close");

        Instant secondRun = NOW.plusSeconds(20);
        assertEquals(id, store.claim(ProcessStoreSqlTest.COLONY, ProcessStoreSqlTest.TYPE,
                ProcessStoreSqlTest.EXECUTOR, secondRun).processid);
        assertEquals(1, scanner.run(secondRun.plusSeconds(11)));
        Process failed = store.find(id);
        assertEquals(ProcessState.FAILED, failed.state);
        assertEquals(List.of("Maximum execution time limit exceeded"), failed.errors);
        assertEquals(List.of(id + ":" + ProcessState.WAITING, id + ":" + ProcessState.FAILED), events.published);
        assertEquals(1, closed.fired.size());
        assertEquals(id, closed.fired.get(0).processId());
        assertEquals("", closed.fired.get(0).executorId(), "no executor closed it");
        assertNull(store.closeSuccessful(id, ProcessStoreSqlTest.EXECUTOR, List.of(), secondRun),
                "a late close is refused");
    }

    @Test
    void aWaitingProcessPastItsWaitDeadlineFailsAndItsGraphHearsOfIt() {
        FunctionSpec spec = ProcessStoreSqlTest.spec("waits", 0);
        spec.maxwaittime = 5;
        ProcessDraft draft = new ProcessDraft(spec, NOW).inGraph("graph-1");
        store.insert(draft, ProcessStoreSqlTest.COLONY);
        FunctionSpec patient = ProcessStoreSqlTest.spec("patient", 0);
        String noDeadline = ProcessStoreSqlTest.submit(store, patient, NOW);

        assertEquals(0, scanner.run(NOW.plusSeconds(5)));
        assertEquals(1, scanner.run(NOW.plusSeconds(6)));
        Process expired = store.find(draft.id());
        assertEquals(ProcessState.FAILED, expired.state);
        assertEquals(List.of("Maximum waiting time limit exceeded"), expired.errors);
        assertEquals(ProcessState.WAITING, store.find(noDeadline).state);
        assertEquals("graph-1", closed.fired.get(0).graphId());
        assertEquals(ProcessState.FAILED, closed.fired.get(0).state());
    }

    @Test
    void aScanPassesRowsAnotherTransactionHolds() {
        String id = running(0, "");
        try (TestDatabase.Transaction closing = db.begin()) {
            new ProcessRepository(new Sql(closing.dataSource()))
                    .closeSuccessful(id, ProcessStoreSqlTest.EXECUTOR, List.of(), NOW.plusSeconds(11));
            assertEquals(0, scanner.run(NOW.plusSeconds(11)), "the row being closed is skipped, not waited for");
            closing.commit();
        }
        assertEquals(0, scanner.run(NOW.plusSeconds(12)), "the close won");
        assertEquals(ProcessState.SUCCESS, store.find(id).state);
    }
}
