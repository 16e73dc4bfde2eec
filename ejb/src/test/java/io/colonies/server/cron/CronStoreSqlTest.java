package io.colonies.server.cron;

import static io.colonies.server.cron.CronBuilder.aCron;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Cron;
import io.colonies.model.json.GoTime;
import io.colonies.server.db.Sql;
import io.colonies.server.db.TestDatabase;
import io.colonies.server.db.TestDatabase.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The crons SQL against PostgreSQL: one deadline starts at most one run, however many replicas try. */
class CronStoreSqlTest {
    private static final Instant NOW = Instant.parse("2023-03-01T12:00:00Z");
    private static final int REPLICAS = 6;
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perTestClass();

    @BeforeAll
    static void database() {
        db.execute("INSERT INTO colonies (colony_id, name) VALUES ('" + Specs.COLONY + "', 'test')");
    }

    private static CronStore repository(DataSource ds) {
        CronStore repository = new CronStore();
        repository.sql = new Sql(ds);
        return repository;
    }

    private static Cron stored(CronBuilder builder) {
        String id = UUID.randomUUID().toString();
        Cron cron = builder.withId(id).named("cron-" + id).build();
        assertTrue(repository(db.autoCommit()).insert(cron));
        return cron;
    }

    @Test
    void storesAndReadsBackEveryField() {
        Cron cron = stored(aCron().on("0 0 * * * *").dueAt(NOW).waitingForPrevious().after("ignored"));
        Cron read = repository(db.autoCommit()).find(cron.cronid);
        assertEquals(Specs.COLONY, read.colonyid);
        assertEquals("0 0 * * * *", read.cronexpression);
        assertEquals(-1, read.interval);
        assertEquals(NOW, read.nextrun);
        assertTrue(GoTime.isZero(read.lastrun));
        assertEquals("", read.prevprocessgraphid);
        assertTrue(read.waitforprevprocessgraph);
        assertEquals(cron.workflowspec, read.workflowspec);
    }

    @Test
    void namesAreGloballyUnique() {
        Cron first = stored(aCron());
        assertFalse(repository(db.autoCommit()).insert(aCron().withId("other").named(first.name).build()));
    }

    @Test
    void aFirstDeadlineIsSetOnce() {
        Cron cron = stored(aCron().dueAt(null));
        CronStore repository = repository(db.autoCommit());
        assertTrue(repository.unscheduled().contains(cron.cronid));
        assertTrue(repository.schedule(cron.cronid, NOW.plusSeconds(60)));
        assertFalse(repository.schedule(cron.cronid, NOW.plusSeconds(99)));
        assertEquals(NOW.plusSeconds(60), repository.find(cron.cronid).nextrun);
    }

    @Test
    void aLockedCronIsSkippedAndAConsumedDeadlineCannotBeRecordedAgain() {
        Cron cron = stored(aCron().dueAt(NOW.minusSeconds(1)));
        try (Transaction a = db.begin(); Transaction b = db.begin()) {
            Cron locked = repository(a.dataSource()).lockIfDue(cron.cronid, NOW);
            assertNotNull(locked);
            assertNull(repository(b.dataSource()).lockIfDue(cron.cronid, NOW), "SKIP LOCKED, no waiting");
            assertTrue(repository(a.dataSource()).recordRun(cron.cronid, locked.nextrun, NOW.plusSeconds(60), NOW, "g1"));
            a.commit();
            assertNull(repository(b.dataSource()).lockIfDue(cron.cronid, NOW), "no longer due");
            assertFalse(repository(b.dataSource()).recordRun(cron.cronid, locked.nextrun, NOW.plusSeconds(60), NOW, "g2"));
        }
        Cron after = repository(db.autoCommit()).find(cron.cronid);
        assertEquals("g1", after.prevprocessgraphid);
        assertEquals(NOW, after.lastrun);
    }

    @Test
    void aNeverScheduledCronCanBeRecorded() {
        Cron cron = stored(aCron().dueAt(null));
        CronStore repository = repository(db.autoCommit());
        assertTrue(repository.recordRun(cron.cronid, null, NOW.plusSeconds(60), NOW, "g"));
        assertFalse(repository.recordRun(cron.cronid, null, NOW.plusSeconds(60), NOW, "g"));
    }

    @Test
    void aDeadlineRunsOnceAmongCompetingReplicas() throws Exception {
        Cron cron = stored(aCron().dueAt(NOW.minusSeconds(1)));
        int runs = race((repository, sql, barrier) -> {
            barrier.await();
            Cron locked = repository.lockIfDue(cron.cronid, NOW);
            if (locked == null) {
                return false;
            }
            String graph = createGraph(sql);
            return repository.recordRun(cron.cronid, locked.nextrun, NOW.plusSeconds(60), NOW, graph);
        });
        assertEquals(1, runs);
        assertEquals(1, graphsCreated());
    }

    @Test
    void theDeadlineGuardAloneStopsASecondRun() throws Exception {
        Cron cron = stored(aCron().dueAt(NOW.minusSeconds(1)));
        int runs = race((repository, sql, barrier) -> {
            Cron read = repository.find(cron.cronid); // no lock: every replica sees the same deadline
            barrier.await();
            String graph = createGraph(sql);
            return repository.recordRun(cron.cronid, read.nextrun, NOW.plusSeconds(60), NOW, graph);
        });
        assertEquals(1, runs);
        assertEquals(1, graphsCreated());
    }

    @Test
    void dueListsOnlyPassedDeadlinesOldestFirst() {
        Cron later = stored(aCron().dueAt(NOW.minusSeconds(1)));
        Cron earlier = stored(aCron().dueAt(NOW.minusSeconds(5)));
        Cron future = stored(aCron().dueAt(NOW.plusSeconds(5)));
        List<String> due = repository(db.autoCommit()).due(NOW);
        assertTrue(due.indexOf(earlier.cronid) < due.indexOf(later.cronid));
        assertFalse(due.contains(future.cronid));
    }

    @Test
    void skipMovesOnlyTheExpectedDeadline() {
        Cron cron = stored(aCron().dueAt(NOW.minusSeconds(1)));
        CronStore repository = repository(db.autoCommit());
        assertFalse(repository.skip(cron.cronid, NOW.minusSeconds(2), NOW.plusSeconds(60)));
        assertTrue(repository.skip(cron.cronid, NOW.minusSeconds(1), NOW.plusSeconds(60)));
        assertEquals(NOW.plusSeconds(60), repository.find(cron.cronid).nextrun);
    }

    /** One replica's attempt inside its own transaction; true means it ran and commits. */
    @FunctionalInterface
    private interface Attempt {
        boolean run(CronStore repository, Sql sql, CyclicBarrier barrier) throws Exception;
    }

    /** Runs the attempt on {@link #REPLICAS} threads at once; a replica that did not run rolls back. */
    private static int race(Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REPLICAS);
        CyclicBarrier barrier = new CyclicBarrier(REPLICAS);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < REPLICAS; i++) {
                results.add(pool.submit(() -> {
                    try (Transaction tx = db.begin()) {
                        boolean ran = attempt.run(repository(tx.dataSource()), new Sql(tx.dataSource()), barrier);
                        if (ran) {
                            tx.commit();
                        }
                        return ran;
                    }
                }));
            }
            int runs = 0;
            for (Future<Boolean> result : results) {
                runs += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            return runs;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final String MARKER_COLONY = "race";

    private static String createGraph(Sql sql) {
        String id = UUID.randomUUID().toString();
        sql.update("INSERT INTO process_graphs (processgraph_id, colony_id, submission_time) VALUES (?, ?, ?)",
                id, MARKER_COLONY, NOW);
        return id;
    }

    private static long graphsCreated() {
        long n = new Sql(db.autoCommit()).count("SELECT count(*) FROM process_graphs WHERE colony_id = ?", MARKER_COLONY);
        db.execute("DELETE FROM process_graphs WHERE colony_id = '" + MARKER_COLONY + "'");
        return n;
    }
}
