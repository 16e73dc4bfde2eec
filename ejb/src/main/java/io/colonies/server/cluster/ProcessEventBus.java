package io.colonies.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * In-replica fan-out of process events to subscribers (WebSocket and SSE streams). A plain
 * registry rather than CDI events, because observers in the web module are not visible to the EJB
 * module that fires.
 */
@ApplicationScoped
public class ProcessEventBus {
    private static final Logger LOG = Logger.getLogger(ProcessEventBus.class.getName());
    private final List<Consumer<ProcessEvent>> listeners = new CopyOnWriteArrayList<>();
    private final DroppedEvents dropped = new DroppedEvents(LOG, "the process event bus");

    public Runnable subscribe(Consumer<ProcessEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(ProcessEvent event) {
        for (Consumer<ProcessEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                dropped.record("a subscriber failed: " + e, e);
            }
        }
    }
}
