package io.colonies.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Logger;

/** In-replica fan-out of attribute changes to subscribers, like {@link ProcessEventBus} for processes. */
@ApplicationScoped
public class AttributeEventBus {
    private static final Logger LOG = Logger.getLogger(AttributeEventBus.class.getName());
    private final List<Consumer<AttributeChanged>> listeners = new CopyOnWriteArrayList<>();
    private final DroppedEvents dropped = new DroppedEvents(LOG, "the attribute event bus");

    public Runnable subscribe(Consumer<AttributeChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(AttributeChanged event) {
        for (Consumer<AttributeChanged> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                dropped.record("a subscriber failed: " + e, e);
            }
        }
    }
}
