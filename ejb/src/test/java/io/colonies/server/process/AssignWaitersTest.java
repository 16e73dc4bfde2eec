package io.colonies.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.connection.ConnectionWatch;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ExecutorId;
import io.colonies.server.id.ExecutorType;
import io.colonies.server.security.Member;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Waiting assigns re-check the queue when the LISTEN connection comes back, events lost meanwhile or not. */
class AssignWaitersTest {
    private static final Member MEMBER = new Member(ExecutorId.of("e".repeat(64)), ColonyId.of("colony"),
            ExecutorType.of("worker"), "worker-1", true);
    private final ScheduledThreadPoolExecutor threads = new ScheduledThreadPoolExecutor(1);
    private volatile Process assignable;
    private final java.util.List<Process> queue = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.List<Integer> askedFor = new java.util.concurrent.CopyOnWriteArrayList<>();
    private AssignWaiters waiters;

    @BeforeEach
    void waiters() {
        waiters = new AssignWaiters();
        waiters.processes = new ProcessService() {
            @Override
            public Process tryAssign(Member executor, String colonyId) {
                Process p = assignable;
                assignable = null;
                return p;
            }

            @Override
            public java.util.List<Process> tryAssignUpTo(Member executor, String colonyId, int max) {
                askedFor.add(max);
                java.util.List<Process> taken = new java.util.ArrayList<>();
                while (!queue.isEmpty() && taken.size() < max) {
                    taken.add(queue.remove(0));
                }
                return taken;
            }
        };
        waiters.config = new ColoniesConfig() {
            @Override
            public int maxLongPollSeconds() {
                return 60;
            }
        };
        waiters.connections = new ConnectionWatch(); // unwatched: these waiters have no client socket
        // Managed executors only add context propagation; in a test the plain pool stands in for both.
        waiters.executor = backedByPool(ManagedExecutorService.class);
        waiters.scheduler = backedByPool(ManagedScheduledExecutorService.class);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private <T> T backedByPool(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            try {
                return ScheduledThreadPoolExecutor.class.getMethod(method.getName(), method.getParameterTypes())
                        .invoke(threads, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    @Test
    void aReconnectWakesAWaiterWhoseProcessArrivedUnannounced() throws Exception {
        CompletableFuture<Process> waiting = waiters.assign(MEMBER, "colony", 30).toCompletableFuture();
        awaitIdle();
        assertFalse(waiting.isDone(), "nothing was assignable");
        assertEquals(1, waiters.waiting());

        Process arrived = new Process();
        arrived.processid = "p".repeat(64);
        assignable = arrived; // committed while the LISTEN connection was down: no event will come
        awaitIdle();
        assertFalse(waiting.isDone(), "without an event or a reconnect nobody looks");

        waiters.recheckAll();
        assertEquals(arrived, waiting.get(5, TimeUnit.SECONDS));
        awaitIdle();
        assertEquals(0, waiters.waiting());
    }

    @Test
    void aResumeWakesTheColonysWaitersOnlyAndTheyClaimWhatQueuedMeanwhile() throws Exception {
        CompletableFuture<Process> paused = waiters.assign(MEMBER, "colony", 60).toCompletableFuture();
        awaitIdle();
        Process queued = new Process();
        queued.processid = "q".repeat(64);
        assignable = queued; // queued while paused: its WAITING event found nothing claimable
        waiters.colonyResumed("other");
        awaitIdle();
        assertFalse(paused.isDone(), "another colony's resume does not look at this lane");

        waiters.colonyResumed("colony");
        assertEquals(queued, paused.get(5, TimeUnit.SECONDS));
        awaitIdle();
        assertEquals(0, waiters.waiting());
    }

    @Test
    void deletingTheColonyEndsItsWaitersAtOnceWith404AndLeavesOtherColoniesWaiting() throws Exception {
        Member elsewhere = new Member(ExecutorId.of("f".repeat(64)), ColonyId.of("other"),
                ExecutorType.of("worker"), "worker-2", true);
        CompletableFuture<Process> doomed = waiters.assign(MEMBER, "colony", 60).toCompletableFuture();
        CompletableFuture<Process> unaffected = waiters.assign(elsewhere, "other", 60).toCompletableFuture();
        awaitIdle();
        assertEquals(2, waiters.waiting());

        waiters.colonyRemoved("colony");

        ProcessException failure = failureOf(doomed);
        assertEquals(ErrorKind.NOT_FOUND, failure.kind());
        assertEquals("Colony with Id colony does not exist", failure.getMessage());
        assertFalse(failure instanceof NothingAssignedException, "REST must not turn it into 204");
        assertFalse(unaffected.isDone());
        assertEquals(1, waiters.waiting());
    }

    @Test
    void deletingAnExecutorEndsOnlyItsWaitersWith403() throws Exception {
        Member colleague = new Member(ExecutorId.of("f".repeat(64)), ColonyId.of("colony"),
                ExecutorType.of("worker"), "worker-2", true);
        CompletableFuture<Process> doomed = waiters.assign(MEMBER, "colony", 60).toCompletableFuture();
        CompletableFuture<Process> unaffected = waiters.assign(colleague, "colony", 60).toCompletableFuture();
        awaitIdle();

        waiters.executorRemoved(MEMBER.idValue());

        assertEquals(ErrorKind.FORBIDDEN, failureOf(doomed).kind());
        assertFalse(unaffected.isDone());
        assertEquals(1, waiters.waiting());
    }

    @Test
    void aBatchWaiterTakesUpToItsMaxAtOnceAndDoesNotWaitToFillIt() throws Exception {
        CompletableFuture<java.util.List<Process>> waiting =
                waiters.assignUpTo(MEMBER, "colony", 30, 3, null).toCompletableFuture();
        awaitIdle();
        assertFalse(waiting.isDone(), "nothing was assignable");
        for (int i = 0; i < 2; i++) {
            Process p = new Process();
            p.processid = Integer.toString(i).repeat(64);
            queue.add(p);
        }
        waiters.recheckAll();
        assertEquals(2, waiting.get(5, TimeUnit.SECONDS).size(), "two of three is enough to answer");
        assertTrue(askedFor.stream().allMatch(n -> n == 3), "every claim asked for the waiter's max");
        assertEquals(0, waiters.waiting());
    }

    @Test
    void aSingleAttemptThatFindsNothingIsTheNothingAssignedKind() {
        CompletableFuture<Process> once = waiters.assign(MEMBER, "colony", -1).toCompletableFuture();
        assertTrue(failureOf(once) instanceof NothingAssignedException);
    }

    private static ProcessException failureOf(CompletableFuture<Process> future) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(0, TimeUnit.SECONDS));
        return (ProcessException) e.getCause();
    }

    /** Until the pool has run everything submitted so far (the timeouts are far away). */
    private void awaitIdle() throws Exception {
        threads.submit(() -> { }).get(5, TimeUnit.SECONDS);
    }
}
