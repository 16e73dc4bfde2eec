package io.colonies.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ProcessId;
import io.colonies.server.security.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Batching and outcomes of the close coalescer, over a recording batch and single path. */
class CloseCoalescerTest {
    private static final Caller EXECUTOR = new Caller("e".repeat(64));
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final List<String> singles = new CopyOnWriteArrayList<>();
    private final List<String> batchThreads = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch holdFirstBatch = new CountDownLatch(0);
    private volatile boolean abandonBatches;
    private final CloseCoalescer coalescer = new CloseCoalescer() {
        @Override
        java.util.concurrent.Executor executor() {
            return pool;
        }
    };

    CloseCoalescerTest() {
        coalescer.enabled = true;
        coalescer.maxBatch = 64;
        coalescer.batches = new CloseBatch() {
            @Override
            public List<ColoniesException> closeAll(List<CloseRequest> requests) {
                List<String> ids = new ArrayList<>();
                requests.forEach(r -> ids.add(r.processId().value()));
                batches.add(ids);
                batchThreads.add(Thread.currentThread().getName());
                await(holdFirstBatch);
                if (abandonBatches) {
                    throw new IllegalStateException("observer failed");
                }
                List<ColoniesException> outcomes = new ArrayList<>();
                for (CloseRequest r : requests) {
                    outcomes.add(r.processId().value().startsWith("b")
                            ? new ProcessException(ErrorKind.CONFLICT, "refused " + r.processId().value()) : null);
                }
                return outcomes;
            }
        };
        coalescer.processes = new Processes() {
            @Override
            public void closeSuccessful(Caller caller, ColonyScope scope, ProcessId id, List<Object> out) {
                singles.add(id.value());
                if (id.value().startsWith("b")) {
                    throw new ProcessException(ErrorKind.CONFLICT, "single refused " + id.value());
                }
            }
        };
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static ProcessId id(char c, int n) {
        return ProcessId.of(String.valueOf(c).repeat(60) + String.format("%04d", n));
    }

    private void close(ProcessId id) {
        coalescer.closeSuccessful(EXECUTOR, ColonyScope.ANY, id, List.of());
    }

    @Test
    void aLoneCloseIsABatchOfOneInTheCallersThread() {
        close(id('a', 1));
        assertEquals(List.of(List.of(id('a', 1).value())), batches);
        assertEquals(List.of(Thread.currentThread().getName()), batchThreads);
        assertEquals(1, coalescer.batches());
    }

    @Test
    void closesArrivingDuringACommitShareTheNextBatchAndEachGetsItsOwnOutcome() throws Exception {
        holdFirstBatch = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> close(id('a', 0)), pool);
        while (batches.isEmpty()) {
            Thread.onSpinWait();
        }
        List<CompletableFuture<Void>> waiting = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            ProcessId id = id(i % 2 == 0 ? 'b' : 'a', i);
            waiting.add(CompletableFuture.runAsync(() -> close(id), pool));
        }
        while (coalescerQueued() < 6) {
            Thread.onSpinWait();
        }
        holdFirstBatch.countDown();
        first.get(5, TimeUnit.SECONDS);
        for (int i = 1; i <= 6; i++) {
            CompletableFuture<Void> f = waiting.get(i - 1);
            if (i % 2 == 0) {
                Exception e = assertThrows(Exception.class, () -> f.get(5, TimeUnit.SECONDS));
                assertTrue(e.getCause().getMessage().equals("refused " + id('b', i).value()), e.getCause().getMessage());
            } else {
                f.get(5, TimeUnit.SECONDS);
            }
        }
        assertEquals(2, batches.size(), "one batch for the six that queued: " + batches);
        assertEquals(6, batches.get(1).size());
        assertEquals(7, coalescer.coalescedCloses());
    }

    @Test
    void anAbandonedBatchIsReplayedOneByOne() {
        abandonBatches = true;
        ColoniesException e = assertThrows(ColoniesException.class, () -> close(id('b', 1)));
        assertEquals("single refused " + id('b', 1).value(), e.getMessage());
        close(id('a', 2));
        assertEquals(List.of(id('b', 1).value(), id('a', 2).value()), singles);
    }

    @Test
    void twoClosesOfOneProcessNeverShareABatch() throws Exception {
        holdFirstBatch = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> close(id('a', 0)), pool);
        while (batches.isEmpty()) {
            Thread.onSpinWait();
        }
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> close(id('a', 1)), pool);
        CompletableFuture<Void> again = CompletableFuture.runAsync(() -> close(id('a', 1)), pool);
        while (coalescerQueued() < 2) {
            Thread.onSpinWait();
        }
        holdFirstBatch.countDown();
        CompletableFuture.allOf(first, one, again).get(5, TimeUnit.SECONDS);
        assertEquals(List.of(List.of(id('a', 0).value()), List.of(id('a', 1).value()), List.of(id('a', 1).value())),
                batches);
    }

    @Test
    void switchedOffEveryCloseTakesTheSinglePath() {
        coalescer.enabled = false;
        close(id('a', 1));
        ColoniesException e = assertThrows(ColoniesException.class, () -> close(id('b', 2)));
        assertSame(ErrorKind.CONFLICT, e.kind());
        assertEquals(List.of(), batches);
        assertEquals(List.of(id('a', 1).value(), id('b', 2).value()), singles);
    }

    private int coalescerQueued() {
        return coalescer.queued();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
