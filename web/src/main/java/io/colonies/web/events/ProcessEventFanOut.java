package io.colonies.web.events;

import io.colonies.model.core.Process;
import io.colonies.server.cluster.DroppedEvents;
import io.colonies.server.cluster.ProcessEvent;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Hands process events to the matching listeners of one kind (WebSocket subscriptions, SSE streams):
 * the process is read once per event, the snapshot is labelled with the event's state (it may have
 * moved on since), and each match gets it. Events arrive on the LISTEN thread; reading and sending
 * happen on the executor, so a slow client never delays event intake. Lost events are counted.
 */
public final class ProcessEventFanOut<L extends ProcessEventFilter> {
    /** Prepares, once per event, sending the snapshot to one listener (e.g. serialises it once). */
    @FunctionalInterface
    public interface Delivery<L> {
        Consumer<L> of(ProcessEvent event, Process snapshot);
    }

    private final Iterable<L> listeners;
    private final Function<String, Process> processes;
    private final Executor executor;
    private final Delivery<L> delivery;
    private final DroppedEvents dropped;

    /**
     * @param listeners the live listeners, safe to iterate while they change (copy-on-write)
     * @param processes reads a process by id; throws when it is gone
     */
    public ProcessEventFanOut(Iterable<L> listeners, Function<String, Process> processes, Executor executor,
            Delivery<L> delivery, Logger log, String where) {
        this(listeners, processes, executor, delivery, new DroppedEvents(log, where));
    }

    ProcessEventFanOut(Iterable<L> listeners, Function<String, Process> processes, Executor executor,
            Delivery<L> delivery, DroppedEvents dropped) {
        this.listeners = listeners;
        this.processes = processes;
        this.executor = executor;
        this.delivery = delivery;
        this.dropped = dropped;
    }

    /** The bus listener: cheap on the LISTEN thread, and nothing is read when nobody listens. */
    public void accept(ProcessEvent event) {
        if (!anyMatch(event)) {
            return;
        }
        try {
            executor.execute(() -> deliver(event));
        } catch (RejectedExecutionException full) {
            dropped.record("the executor refused the delivery", full);
        }
    }

    void deliver(ProcessEvent event) {
        Process snapshot;
        try {
            snapshot = processes.apply(event.processId());
        } catch (RuntimeException gone) {
            dropped.record("process " + event.processId() + " could not be read: " + gone, null);
            return;
        }
        snapshot.state = event.state();
        Consumer<L> send = delivery.of(event, snapshot);
        for (L listener : listeners) {
            if (listener.matches(event)) {
                send.accept(listener);
            }
        }
    }

    private boolean anyMatch(ProcessEvent event) {
        for (L listener : listeners) {
            if (listener.matches(event)) {
                return true;
            }
        }
        return false;
    }
}
