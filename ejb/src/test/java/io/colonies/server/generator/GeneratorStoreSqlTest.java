package io.colonies.server.generator;

import io.colonies.server.db.Sql;
import static io.colonies.server.generator.GeneratorBuilder.aGenerator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Generator;
import io.colonies.model.json.GoTime;
import io.colonies.server.db.TestDatabase;
import io.colonies.server.db.TestDatabase.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generator SQL against PostgreSQL: a committed pack is consumed exactly once, oldest first. */
class GeneratorStoreSqlTest {
    private static final Instant NOW = Instant.parse("2023-03-01T12:00:00Z");
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perTestClass();

    @BeforeAll
    static void database() {
        db.execute("INSERT INTO colonies (colony_id, name) VALUES ('" + GeneratorBuilder.COLONY + "', 'test')");
    }

    private static GeneratorStore repository(DataSource ds) {
        GeneratorStore repository = new GeneratorStore();
        repository.sql = new Sql(ds);
        return repository;
    }

    private static Generator stored(int packs) {
        Generator g = aGenerator().named("gen-" + UUID.randomUUID()).build();
        g.generatorid = UUID.randomUUID().toString();
        GeneratorStore repository = repository(db.autoCommit());
        assertTrue(repository.insert(g));
        for (int i = 1; i <= packs; i++) {
            assertTrue(repository.pack(g.generatorid, "arg" + i, NOW.plusSeconds(i)));
        }
        return g;
    }

    @Test
    void theFirstPackIsRememberedAndNamesAreUnique() {
        Generator g = stored(0);
        GeneratorStore repository = repository(db.autoCommit());
        assertTrue(GoTime.isZero(repository.find(g.generatorid).firstpack));
        repository.pack(g.generatorid, "a", NOW);
        repository.pack(g.generatorid, "b", NOW.plusSeconds(9));
        assertEquals(NOW, repository.find(g.generatorid).firstpack);
        assertEquals(2, repository.queueSize(g.generatorid));
        assertEquals(g.generatorid, repository.findByName(g.name).generatorid);
        Generator twin = aGenerator().named(g.name).build();
        twin.generatorid = "twin";
        assertFalse(repository.insert(twin));
    }

    @Test
    void packingAMissingGeneratorFails() {
        assertFalse(repository(db.autoCommit()).pack("missing", "a", NOW));
    }

    @Test
    void takeIsFifoAndRemovesWhatItReturns() {
        Generator g = stored(7);
        GeneratorStore repository = repository(db.autoCommit());
        assertEquals(List.of("arg1", "arg2", "arg3"), repository.take(g.generatorid, 3));
        assertEquals(List.of("arg4", "arg5", "arg6", "arg7"), repository.take(g.generatorid, 10));
        assertEquals(0, repository.queueSize(g.generatorid));
    }

    @Test
    void argsTakenByATransactionThatDiesAreNotLost() {
        Generator g = stored(5);
        try (Transaction dying = db.begin()) {
            assertEquals(5, repository(dying.dataSource()).take(g.generatorid, 5).size());
        } // rolled back, as when a replica dies mid-scan
        assertEquals(5, repository(db.autoCommit()).queueSize(g.generatorid));
    }

    @Test
    void aGeneratorBeingRunIsSkippedWhilePacksStillGetIn() {
        Generator g = stored(1);
        try (Transaction a = db.begin(); Transaction b = db.begin()) {
            assertNotNull(repository(a.dataSource()).lockForRun(g.generatorid));
            assertNull(repository(b.dataSource()).lockForRun(g.generatorid));
            assertTrue(repository(db.autoCommit()).pack(g.generatorid, "late", NOW), "a pack must not wait for the run");
            a.commit();
        }
        assertEquals(2, repository(db.autoCommit()).queueSize(g.generatorid));
    }

    @Test
    void pendingReportsQueueSizes() {
        Generator g = stored(3);
        Generator empty = stored(0);
        List<GeneratorStore.Pending> pending = repository(db.autoCommit()).pending();
        assertTrue(pending.stream().anyMatch(p -> p.generator().generatorid.equals(g.generatorid) && p.queued() == 3));
        assertTrue(pending.stream().noneMatch(p -> p.generator().generatorid.equals(empty.generatorid)));
    }

    @Test
    void deletingAGeneratorDropsItsQueue() {
        Generator g = stored(2);
        GeneratorStore repository = repository(db.autoCommit());
        assertEquals(1, repository.delete(g.generatorid));
        assertEquals(0, repository.queueSize(g.generatorid));
    }

    @Test
    void competingReplicasUseEveryArgAtMostOnce() throws Exception {
        Generator g = stored(12);
        int replicas = 4;
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        CyclicBarrier barrier = new CyclicBarrier(replicas);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                results.add(pool.submit(() -> {
                    try (Transaction tx = db.begin()) {
                        GeneratorStore repository = repository(tx.dataSource());
                        barrier.await();
                        List<String> used = new ArrayList<>();
                        if (repository.lockForRun(g.generatorid) != null) {
                            while (repository.queueSize(g.generatorid) >= 5) {
                                used.addAll(repository.take(g.generatorid, 5));
                            }
                        }
                        tx.commit();
                        return used;
                    }
                }));
            }
            List<String> used = new ArrayList<>();
            for (Future<List<String>> result : results) {
                used.addAll(result.get(30, TimeUnit.SECONDS));
            }
            Set<String> distinct = new HashSet<>(used);
            assertEquals(used.size(), distinct.size(), "no arg used twice");
            assertEquals(IntStream.rangeClosed(1, 10).mapToObj(i -> "arg" + i).toList(), used.stream().sorted(
                    (x, y) -> Integer.compare(Integer.parseInt(x.substring(3)), Integer.parseInt(y.substring(3)))).toList());
            assertEquals(List.of("arg11", "arg12"), repository(db.autoCommit()).take(g.generatorid, 5));
        } finally {
            pool.shutdownNow();
        }
    }
}
