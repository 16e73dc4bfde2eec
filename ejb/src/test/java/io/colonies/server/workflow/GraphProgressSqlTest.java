package io.colonies.server.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.server.db.Sql;
import io.colonies.server.db.TestDatabase;
import io.colonies.server.process.ProcessClosed;
import io.colonies.server.process.ProcessDraft;
import io.colonies.server.process.ProcessRepository;
import io.colonies.server.process.Recorded;
import io.colonies.server.process.SpecRules;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The graph release against PostgreSQL: a child becomes assignable exactly when all its parents have
 * succeeded, also when the last two parents close at once in two transactions.
 */
class GraphProgressSqlTest {
    private static final String COLONY = "colony";
    private static final String TYPE = "worker";
    private static final String EXECUTOR = "e".repeat(64);
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perTestClass();
    private static Sql sql;
    private ProcessRepository processes;
    private ProcessGraphRepository graphs;
    private Recorded.Events events;
    private String graphId;
    private ProcessDraft parentA;
    private ProcessDraft parentB;
    private ProcessDraft child;

    @BeforeAll
    static void database() {
        sql = new Sql(db.autoCommit());
    }

    /** A diamond's lower half: parents A and B, child C waiting for both. */
    @BeforeEach
    void graph() {
        db.execute("DELETE FROM processes; DELETE FROM process_graphs");
        processes = new ProcessRepository(sql);
        graphs = new ProcessGraphRepository(sql);
        events = new Recorded.Events();
        graphId = "g".repeat(64);
        parentA = draft("a", false);
        parentB = draft("b", false);
        child = draft("c", true);
        child.parents().addAll(List.of(parentA.id(), parentB.id()));
        parentA.children().add(child.id());
        parentB.children().add(child.id());
        graphs.insert(graphId, COLONY, List.of(parentA.id(), parentB.id()), NOW);
        for (ProcessDraft d : List.of(parentA, parentB, child)) {
            processes.insert(d, COLONY);
        }
    }

    private ProcessDraft draft(String name, boolean waits) {
        FunctionSpec spec = new FunctionSpec();
        spec.funcname = name;
        spec.conditions.executortype = TYPE;
        spec.conditions.colonyid = COLONY;
        SpecRules.requireAssignable(spec);
        return new ProcessDraft(spec, NOW).inGraph(graphId).waitingForParents(waits);
    }

    private GraphProgress progress(Sql over) {
        GraphProgress progress = new GraphProgress();
        progress.processes = new ProcessRepository(over);
        progress.graphs = new ProcessGraphRepository(over);
        progress.events = events;
        return progress;
    }

    private Process claim() {
        return processes.claim(COLONY, TYPE, EXECUTOR, NOW);
    }

    /** Closes as the use case does: the guarded UPDATE, then the synchronous event, in one transaction. */
    private static void succeed(Sql over, GraphProgress progress, String processId, Instant at) {
        Process closed = new ProcessRepository(over).closeSuccessful(processId, EXECUTOR, List.of(processId), at);
        progress.onClosed(new ProcessClosed(closed.processid, closed.processgraphid, closed.state, EXECUTOR,
                closed.spec.funcname, closed.children, closed.submissiontime, closed.starttime, at));
    }

    @Test
    void theChildIsReleasedWhenItsLastParentSucceeds() {
        claim();
        claim();
        assertNull(claim(), "the child waits for its parents");
        succeed(sql, progress(sql), parentA.id(), NOW.plusSeconds(1));
        assertNull(claim(), "one parent is not enough");
        assertEquals(ProcessState.RUNNING, graphs.find(graphId).state);

        succeed(sql, progress(sql), parentB.id(), NOW.plusSeconds(2));
        assertEquals(List.of(child.id() + ":" + ProcessState.WAITING), events.published, "announced once");
        Process released = claim();
        assertEquals(child.id(), released.processid);
        assertEquals(List.of(parentA.id(), parentB.id()), processes.outputsOf(released.parents),
                "the child's input is its parents' outputs in parents order");

        succeed(sql, progress(sql), child.id(), NOW.plusSeconds(3));
        assertEquals(ProcessState.SUCCESS, graphs.find(graphId).state);
    }

    @Test
    void aFailedParentFailsTheChildAndTheGraph() {
        claim();
        claim();
        Process failed = processes.closeFailed(parentA.id(), EXECUTOR, List.of("boom"), NOW.plusSeconds(1));
        progress(sql).onClosed(new ProcessClosed(failed.processid, graphId, failed.state, EXECUTOR, "a", List.of(),
                NOW, NOW, NOW.plusSeconds(1)));
        Process doomed = processes.find(child.id());
        assertEquals(ProcessState.FAILED, doomed.state);
        assertEquals(List.of("Ancestor process " + parentA.id() + " failed"), doomed.errors);
        assertEquals(ProcessState.FAILED, graphs.find(graphId).state);
        succeed(sql, progress(sql), parentB.id(), NOW.plusSeconds(2));
        assertNull(claim(), "a doomed child never runs");
    }

    /** Until another session of this database waits for a row lock (B on A's graph row). */
    private static void awaitSomeoneBlockedOnALock() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (sql.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock'") == 0) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the second close never waited for the graph lock");
            }
            Thread.sleep(10);
        }
    }

    @Test
    void twoParentsClosingAtOnceReleaseTheChildExactlyOnce() throws Exception {
        claim();
        claim();
        CompletableFuture<Void> second;
        try (TestDatabase.Transaction first = db.begin()) {
            Sql firstSql = new Sql(first.dataSource());
            succeed(firstSql, progress(firstSql), parentA.id(), NOW.plusSeconds(1));
            // B closes in another transaction while A's is open: it must wait on the graph row, not decide now.
            second = CompletableFuture.runAsync(() -> {
                try (TestDatabase.Transaction tx = db.begin()) {
                    Sql txSql = new Sql(tx.dataSource());
                    succeed(txSql, progress(txSql), parentB.id(), NOW.plusSeconds(1));
                    tx.commit();
                }
            });
            awaitSomeoneBlockedOnALock();
            first.commit();
        }
        second.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(child.id() + ":" + ProcessState.WAITING), events.published);
        assertEquals(child.id(), claim().processid);
    }
}
