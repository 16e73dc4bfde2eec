package io.colonies.server.process;

import static io.colonies.server.process.ProcessStoreSqlTest.COLONY;
import static io.colonies.server.process.ProcessStoreSqlTest.EXECUTOR;
import static io.colonies.server.process.ProcessStoreSqlTest.NOW;
import static io.colonies.server.process.ProcessStoreSqlTest.OTHER;
import static io.colonies.server.process.ProcessStoreSqlTest.TYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.db.Sql;
import io.colonies.server.db.TestDatabase;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyId;
import io.colonies.server.security.AuthorizationException;
import io.colonies.server.security.Caller;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The batch claim and the batch close over real PostgreSQL: bounded, in order, per-item guards. */
class BatchSqlTest {
    private static final Caller MEMBER = new Caller(EXECUTOR);
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perTestClass();
    private ProcessRepository store;
    private Processes processes;
    private Recorded.SyncEvent<ProcessClosed> closed;

    @BeforeEach
    void useCases() {
        db.execute("DELETE FROM processes");
        store = new ProcessRepository(new Sql(db.autoCommit()));
        processes = new Processes();
        processes.store = store;
        processes.authorizer = Fakes.members(caller -> !caller.id().equals("0".repeat(64)));
        closed = new Recorded.SyncEvent<>();
        processes.closedEvents = closed;
        processes.clock = Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC);
        processes.metrics = Fakes.noMetrics();
        processes.config = new ColoniesConfig() {
            @Override
            public int maxCloseBatch() {
                return 4;
            }
        };
    }

    private List<String> submitted(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(ProcessStoreSqlTest.submit(store, ProcessStoreSqlTest.spec("job" + i, 0), NOW.plusMillis(i)));
        }
        return ids;
    }

    @Test
    void aBatchClaimTakesAtMostMaxInServiceOrderAndLeavesTheRest() {
        List<String> ids = submitted(5);
        List<Process> first = store.claimUpTo(COLONY, TYPE, EXECUTOR, NOW, 3);
        assertEquals(ids.subList(0, 3), first.stream().map(p -> p.processid).toList());
        first.forEach(p -> {
            assertEquals(ProcessState.RUNNING, p.state);
            assertEquals(EXECUTOR, p.assignedexecutorid);
        });
        List<Process> rest = store.claimUpTo(COLONY, TYPE, OTHER, NOW, 3);
        assertEquals(ids.subList(3, 5), rest.stream().map(p -> p.processid).toList());
        assertTrue(store.claimUpTo(COLONY, TYPE, OTHER, NOW, 3).isEmpty());
        assertTrue(store.claimUpTo("another", TYPE, OTHER, NOW, 3).isEmpty(), "only the asked colony");
    }

    @Test
    void concurrentBatchClaimsNeverHandOutARowTwice() throws Exception {
        Set<String> ids = new HashSet<>(submitted(200));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            String executor = String.format("%064x", c);
            results.add(pool.submit(() -> {
                List<String> mine = new ArrayList<>();
                while (true) {
                    try (TestDatabase.Transaction tx = db.begin()) {
                        List<Process> got = new ProcessRepository(new Sql(tx.dataSource()))
                                .claimUpTo(COLONY, TYPE, executor, NOW, 7);
                        tx.commit();
                        if (got.isEmpty()) {
                            return mine;
                        }
                        got.forEach(p -> mine.add(p.processid));
                    }
                }
            }));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> r : results) {
            all.addAll(r.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(200, all.size(), "none twice");
        assertEquals(ids, new HashSet<>(all), "none lost");
    }

    @Test
    void aBatchCloseJudgesEveryItemAloneAndClosesTheGoodOnesInOneGo() {
        List<String> ids = submitted(4);
        store.claimUpTo(COLONY, TYPE, EXECUTOR, NOW, 2); // ids 0 and 1 are ours
        store.claimUpTo(COLONY, TYPE, OTHER, NOW, 1);    // id 2 is someone else's; id 3 waits
        processes.config = new ColoniesConfig() {
            @Override
            public int maxCloseBatch() {
                return 10;
            }
        };
        List<CloseOutcome> outcomes = processes.closeBatch(MEMBER, ColonyId.of(COLONY), List.of(
                Closure.success(ids.get(0), List.of("out-0")),
                Closure.failure(ids.get(1), List.of("boom")),
                Closure.success(ids.get(2), List.of()),
                Closure.success(ids.get(3), List.of()),
                Closure.success("9".repeat(64), List.of()),
                Closure.failure(ids.get(0), List.of("again")),
                new Closure(ids.get(1), null, null, null),
                Closure.success("", List.of())));
        // a waiting process is "not assigned" (403), as a single close reports it
        assertEquals(List.of(200, 200, 403, 403, 404, 409, 400, 400),
                outcomes.stream().map(CloseOutcome::status).toList());
        assertEquals(ids.get(0), outcomes.get(0).processId());
        assertNull(outcomes.get(0).refusal());
        assertTrue(outcomes.get(5).refusal().getMessage().contains("more than once"));

        Process success = store.find(ids.get(0));
        assertEquals(ProcessState.SUCCESS, success.state);
        assertEquals(List.of("out-0"), success.out);
        Process failed = store.find(ids.get(1));
        assertEquals(ProcessState.FAILED, failed.state);
        assertEquals(List.of("boom"), failed.errors);
        assertEquals(ProcessState.RUNNING, store.find(ids.get(2)).state, "another's process is untouched");
        assertEquals(ProcessState.WAITING, store.find(ids.get(3)).state);
        assertEquals(Set.of(ids.get(0), ids.get(1)),
                new HashSet<>(closed.fired.stream().map(ProcessClosed::processId).toList()),
                "one ProcessClosed per closed process, none for the refused");
    }

    @Test
    void aProcessOfAnotherColonyIsNotFoundInTheBatch() {
        FunctionSpec elsewhere = ProcessStoreSqlTest.spec("job", 0);
        elsewhere.conditions.colonyid = "another";
        ProcessDraft draft = new ProcessDraft(elsewhere, NOW);
        store.insert(draft, "another");
        String id = draft.id();
        store.claimUpTo("another", TYPE, EXECUTOR, NOW, 1);
        List<CloseOutcome> outcomes = processes.closeBatch(MEMBER, ColonyId.of(COLONY),
                List.of(Closure.success(id, List.of())));
        assertEquals(ErrorKind.NOT_FOUND, outcomes.get(0).refusal().kind());
        assertEquals(ProcessState.RUNNING, store.find(id).state);
    }

    @Test
    void aBatchOfOnlyInvalidItemsRefusesEachWithA400() {
        // FuzzIT found this as a 500: nothing valid left the statement's result empty and immutable
        List<CloseOutcome> outcomes = processes.closeBatch(MEMBER, ColonyId.of(COLONY),
                java.util.Arrays.asList(null, new Closure(submitted(1).get(0), null, List.of(), null)));
        assertEquals(2, outcomes.size());
        outcomes.forEach(o -> assertEquals(ErrorKind.BAD_REQUEST, o.refusal().kind()));
    }

    @Test
    void theBatchItselfIsBoundedAndNeedsAMember() {
        String id = submitted(1).get(0);
        List<Closure> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(Closure.success(id, List.of()));
        }
        ColoniesException tooMany = assertThrows(ColoniesException.class,
                () -> processes.closeBatch(MEMBER, ColonyId.of(COLONY), five));
        assertEquals(ErrorKind.BAD_REQUEST, tooMany.kind());
        assertEquals(ErrorKind.BAD_REQUEST, assertThrows(ColoniesException.class,
                () -> processes.closeBatch(MEMBER, ColonyId.of(COLONY), List.of())).kind());
        assertThrows(AuthorizationException.class, () -> processes.closeBatch(new Caller("0".repeat(64)),
                ColonyId.of(COLONY), List.of(Closure.success(id, List.of()))));
    }
}
