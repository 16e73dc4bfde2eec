package io.colonies.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.colonies.model.core.Process;
import io.colonies.server.db.Sql;
import io.colonies.server.db.TestDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many claimers on one queue, each claim in its own transaction as on a replica: no row goes out twice. */
class ConcurrentClaimSqlTest {
    private static final int PROCESSES = 300;
    private static final int CLAIMERS = 12;
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perTestClass();

    @Test
    void everyProcessIsHandedOutExactlyOnce() throws Exception {
        db.execute("DELETE FROM processes");
        ProcessRepository setup = new ProcessRepository(new Sql(db.autoCommit()));
        Set<String> submitted = new HashSet<>();
        for (int i = 0; i < PROCESSES; i++) {
            submitted.add(ProcessStoreSqlTest.submit(setup, ProcessStoreSqlTest.spec("job" + i, i % 3),
                    ProcessStoreSqlTest.NOW.plusMillis(i)));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int c = 0; c < CLAIMERS; c++) {
            String executorId = String.format("%064x", c);
            results.add(pool.submit(claimUntilEmpty(start, executorId)));
        }
        start.countDown();
        List<String> claimed = new ArrayList<>();
        int busyClaimers = 0;
        for (Future<List<String>> result : results) {
            List<String> mine = result.get(60, TimeUnit.SECONDS);
            claimed.addAll(mine);
            busyClaimers += mine.isEmpty() ? 0 : 1;
        }
        pool.shutdown();

        assertEquals(PROCESSES, claimed.size(), "every process claimed once, none twice");
        assertEquals(submitted, new HashSet<>(claimed));
        assertNotEquals(1, busyClaimers, "the claimers really competed");
    }

    /** Claims in separate committed transactions until the queue is empty; returns what it got. */
    private static Callable<List<String>> claimUntilEmpty(CountDownLatch start, String executorId) {
        return () -> {
            start.await();
            List<String> mine = new ArrayList<>();
            while (true) {
                try (TestDatabase.Transaction tx = db.begin()) {
                    Process p = new ProcessRepository(new Sql(tx.dataSource()))
                            .claim(ProcessStoreSqlTest.COLONY, ProcessStoreSqlTest.TYPE, executorId,
                                    ProcessStoreSqlTest.NOW);
                    tx.commit();
                    if (p == null) {
                        return mine;
                    }
                    mine.add(p.processid);
                }
            }
        };
    }

    @Test
    void aClaimPassesARowAnotherTransactionHoldsInsteadOfWaiting() {
        db.execute("DELETE FROM processes");
        ProcessRepository setup = new ProcessRepository(new Sql(db.autoCommit()));
        String best = ProcessStoreSqlTest.submit(setup, ProcessStoreSqlTest.spec("best", 1), ProcessStoreSqlTest.NOW);
        String next = ProcessStoreSqlTest.submit(setup, ProcessStoreSqlTest.spec("next", 0), ProcessStoreSqlTest.NOW);
        try (TestDatabase.Transaction first = db.begin(); TestDatabase.Transaction second = db.begin()) {
            Process a = new ProcessRepository(new Sql(first.dataSource()))
                    .claim(ProcessStoreSqlTest.COLONY, ProcessStoreSqlTest.TYPE, "a".repeat(64), ProcessStoreSqlTest.NOW);
            // Without SKIP LOCKED this would wait for the first transaction (and fail on the lock timeout).
            Process b = new ProcessRepository(new Sql(second.dataSource()))
                    .claim(ProcessStoreSqlTest.COLONY, ProcessStoreSqlTest.TYPE, "b".repeat(64), ProcessStoreSqlTest.NOW);
            assertNotNull(b);
            assertEquals(best, a.processid);
            assertEquals(next, b.processid);
        }
    }
}
