package io.colonies.server.process;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.server.cluster.ProcessEvent;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.connection.ConnectionWatch;
import io.colonies.server.connection.TcpEndpoints;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.security.Member;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Long-polling assigns (PROTOCOL §6.4) without a thread or a transaction per waiter. A waiter is a
 * future in a FIFO lane per (colony, executor type). A WAITING event for that lane, from any replica,
 * drains the lane: claims are tried for waiters in arrival order until one finds nothing, so a single
 * new process costs one extra claim attempt, not one per waiter. A batch waiter ({@link #assignUpTo})
 * claims up to its {@code max} with one statement and is served as soon as it gets at least one.
 */
@ApplicationScoped
public class AssignWaiters {
    @Inject
    ProcessService processes;

    @Inject
    ColoniesConfig config;

    @Inject
    ConnectionWatch connections;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

    /**
     * Claims at once or waits up to {@code timeoutSeconds}. A negative timeout means a single attempt.
     * The stage fails with a 404 process error when nothing was assigned.
     */
    public CompletionStage<Process> assign(Member caller, String colonyId, int timeoutSeconds) {
        return assign(caller, colonyId, timeoutSeconds, null);
    }

    /**
     * As above, for a request arriving on {@code client}: the waiter is dropped when that connection
     * goes, and nothing is handed to it after (see {@link ConnectionWatch}). Null: not watched.
     */
    public CompletionStage<Process> assign(Member caller, String colonyId, int timeoutSeconds,
                                           TcpEndpoints client) {
        return assignUpTo(caller, colonyId, timeoutSeconds, 1, client).thenApply(claimed -> claimed.get(0));
    }

    /**
     * A batch assign: claims up to {@code max} processes with one statement at once, or waits like
     * {@link #assign} and completes as soon as at least one is claimed (it does not wait to fill
     * {@code max}). The list is never empty; nothing within the timeout fails as {@link #assign} does.
     */
    public CompletionStage<List<Process>> assignUpTo(Member caller, String colonyId, int timeoutSeconds, int max,
                                                     TcpEndpoints client) {
        List<Process> claimed = processes.tryAssignUpTo(caller, colonyId, max);
        if (!claimed.isEmpty()) {
            return CompletableFuture.completedFuture(claimed);
        }
        if (timeoutSeconds < 0) {
            return CompletableFuture.failedFuture(nothingFor(caller));
        }
        Lane lane = lanes.computeIfAbsent(colonyId + '\u001f' + caller.type().value(), key -> new Lane());
        Waiter waiter = new Waiter(caller, colonyId, max);
        lane.waiters.add(waiter);
        int seconds = Math.min(timeoutSeconds, config.maxLongPollSeconds());
        waiter.expiry = scheduler.schedule(() -> expire(lane, waiter), seconds, TimeUnit.SECONDS);
        // drop the waiter when its client's connection goes
        waiter.connection = connections.watch(client, () -> drop(lane, waiter));
        waiter.future.whenComplete((p, f) -> waiter.connection.cancel());
        // An event may have arrived between the failed attempt and joining the lane: look once more.
        lane.signal(false);
        return waiter.future;
    }

    /** Puts back processes whose reply could not be delivered (the client went away), so none is stranded. */
    public void giveBack(List<Process> claimed, Member caller) {
        for (Process p : claimed) {
            giveBack(p, caller);
        }
    }

    /** Puts back a process whose reply could not be delivered (the client went away), so it is not stranded. */
    public void giveBack(Process claimed, Member caller) {
        processes.release(claimed.processid, caller.idValue());
    }

    /** Called for every process event from any replica. */
    public void onEvent(ProcessEvent event) {
        if (event.state() != ProcessState.WAITING) {
            return;
        }
        Lane lane = lanes.get(event.colonyId() + '\u001f' + event.executorType());
        if (lane != null && !lane.waiters.isEmpty()) {
            lane.signal(event.targeted());
        }
    }

    /**
     * Every non-empty lane tries its waiters again, as if a targeted process had arrived: events
     * published while the LISTEN connection was down are lost, and a waiter must not sleep through a
     * process that became assignable meanwhile.
     */
    public void recheckAll() {
        for (Lane lane : lanes.values()) {
            if (!lane.waiters.isEmpty()) {
                lane.signal(true);
            }
        }
    }

    /**
     * The colony's assignments were resumed (on any replica): every lane of the colony tries all its
     * waiters, as processes submitted during the pause announced themselves to claims that found nothing.
     */
    public void colonyResumed(String colonyId) {
        String prefix = colonyId + '\u001f';
        lanes.forEach((key, lane) -> {
            if (key.startsWith(prefix) && !lane.waiters.isEmpty()) {
                lane.signal(true);
            }
        });
    }

    /** The colony was deleted (on any replica): its waiters end at once with 404. */
    public void colonyRemoved(String colonyId) {
        String prefix = colonyId + '\u001f';
        lanes.forEach((key, lane) -> {
            if (key.startsWith(prefix)) {
                release(lane, w -> true, new ProcessException(ErrorKind.NOT_FOUND,
                        "Colony with Id " + colonyId + " does not exist"));
            }
        });
    }

    /** The executor was deleted (on any replica): its waiters end at once with 403, as its next assign would. */
    public void executorRemoved(String executorId) {
        for (Lane lane : lanes.values()) {
            release(lane, w -> w.caller.idValue().equals(executorId), null);
        }
    }

    /** Ends the matching waiters of a lane without claiming; a null failure means "no longer a member". */
    private void release(Lane lane, Predicate<Waiter> matching, ProcessException failure) {
        for (Waiter waiter : lane.waiters) {
            if (!matching.test(waiter)) {
                continue;
            }
            lane.waiters.remove(waiter);
            synchronized (waiter) {
                if (waiter.expiry != null) { // null only while assign() is still enrolling it
                    waiter.expiry.cancel(false);
                }
                waiter.future.completeExceptionally(failure != null ? failure : noLongerMember(waiter));
            }
        }
    }

    private static ProcessException noLongerMember(Waiter waiter) {
        return new ProcessException(ErrorKind.FORBIDDEN, "Executor with Id " + waiter.caller.idValue()
                + " is not a member of Colony with Id " + waiter.colonyId);
    }

    /** Number of requests currently waiting, for monitoring and tests. */
    public int waiting() {
        return lanes.values().stream().mapToInt(l -> l.waiters.size()).sum();
    }

    /** The client has gone: leave the lane without claiming anything. */
    private void drop(Lane lane, Waiter waiter) {
        lane.waiters.remove(waiter);
        synchronized (waiter) {
            waiter.expiry.cancel(false);
            waiter.future.completeExceptionally(clientGone(waiter.caller));
        }
    }

    private void expire(Lane lane, Waiter waiter) {
        lane.waiters.remove(waiter);
        attempt(waiter, true);
    }

    /** Tries one claim for a waiter; returns false when nothing was assignable. */
    private boolean attempt(Waiter waiter, boolean last) {
        synchronized (waiter) {
            if (waiter.future.isDone()) {
                return true;
            }
            List<Process> claimed;
            try {
                claimed = waiter.max == 1 ? single(processes.tryAssign(waiter.caller, waiter.colonyId))
                        : processes.tryAssignUpTo(waiter.caller, waiter.colonyId, waiter.max);
            } catch (RuntimeException e) {
                waiter.future.completeExceptionally(e);
                return true;
            }
            if (!claimed.isEmpty() && !waiter.connection.stillOpen()) {
                // last look before the hand-over: put it back, untouched
                giveBack(claimed, waiter.caller);
                waiter.expiry.cancel(false);
                waiter.future.completeExceptionally(clientGone(waiter.caller));
                return true;
            }
            if (!claimed.isEmpty()) {
                waiter.expiry.cancel(false);
                if (!waiter.future.complete(claimed)) {
                    giveBack(claimed, waiter.caller);
                }
                return true;
            }
            if (last) {
                waiter.future.completeExceptionally(nothingFor(waiter.caller));
            }
            return false;
        }
    }

    private static List<Process> single(Process claimed) {
        return claimed == null ? List.of() : List.of(claimed);
    }

    private static ProcessException nothingFor(Member caller) {
        return new NothingAssignedException(
                "No processes can be selected for executor with Id " + caller.idValue());
    }

    private static ProcessException clientGone(Member caller) {
        return new NothingAssignedException(
                "No processes can be selected for executor with Id " + caller.idValue() + ", the client has gone");
    }

    private static final class Waiter {
        final Member caller;
        final String colonyId;
        /** How many processes it takes at most: 1 for a single assign. */
        final int max;
        final CompletableFuture<List<Process>> future = new CompletableFuture<>();
        volatile ScheduledFuture<?> expiry;
        volatile ConnectionWatch.Watched connection = ConnectionWatch.UNWATCHED;

        Waiter(Member caller, String colonyId, int max) {
            this.caller = caller;
            this.colonyId = colonyId;
            this.max = max;
        }
    }

    /** Waiters of one (colony, type); at most one drain runs per lane at a time. */
    private final class Lane {
        final ConcurrentLinkedQueue<Waiter> waiters = new ConcurrentLinkedQueue<>();
        final AtomicBoolean dirty = new AtomicBoolean();
        final AtomicBoolean targeted = new AtomicBoolean();
        final AtomicBoolean running = new AtomicBoolean();

        void signal(boolean targetedProcess) {
            if (targetedProcess) {
                targeted.set(true);
            }
            dirty.set(true);
            if (running.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }

        private void drain() {
            try {
                while (dirty.getAndSet(false)) {
                    boolean tryEveryone = targeted.getAndSet(false);
                    for (Waiter waiter : waiters) {
                        if (waiter.future.isDone()) {
                            waiters.remove(waiter);
                            continue;
                        }
                        if (attempt(waiter, false)) {
                            waiters.remove(waiter);
                        } else if (!tryEveryone) {
                            // Nothing for the first in line means nothing for the rest, unless a
                            // process targeted particular executors.
                            break;
                        }
                    }
                }
            } finally {
                running.set(false);
                if (dirty.get() && !waiters.isEmpty() && running.compareAndSet(false, true)) {
                    executor.execute(this::drain);
                }
            }
        }
    }
}
