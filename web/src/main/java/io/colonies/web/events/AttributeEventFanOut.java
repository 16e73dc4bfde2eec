package io.colonies.web.events;

import io.colonies.model.core.Attribute;
import io.colonies.server.cluster.AttributeChanged;
import io.colonies.server.cluster.DroppedEvents;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Hands attribute changes to the matching listeners of one kind (WebSocket subscriptions, SSE streams),
 * as {@link ProcessEventFanOut} does for processes: an added attribute is read once per change on the
 * executor, never on the LISTEN thread; one that is gone again by then is sent as its ids.
 */
public final class AttributeEventFanOut<L extends AttributeEventFilter> {
    /** Prepares, once per change, sending the event to one listener. */
    @FunctionalInterface
    public interface Delivery<L> {
        Consumer<L> of(AttributeEvent event);
    }

    private final Iterable<L> listeners;
    private final Function<String, Attribute> attributes;
    private final Executor executor;
    private final Delivery<L> delivery;
    private final DroppedEvents dropped;

    /** @param attributes reads an attribute by id; null when it is gone */
    public AttributeEventFanOut(Iterable<L> listeners, Function<String, Attribute> attributes, Executor executor,
                                Delivery<L> delivery, Logger log, String where) {
        this.listeners = listeners;
        this.attributes = attributes;
        this.executor = executor;
        this.delivery = delivery;
        this.dropped = new DroppedEvents(log, where);
    }

    public void accept(AttributeChanged changed) {
        if (!anyMatch(changed)) {
            return;
        }
        try {
            executor.execute(() -> deliver(changed));
        } catch (RejectedExecutionException full) {
            dropped.record("the executor refused the delivery", full);
        }
    }

    void deliver(AttributeChanged changed) {
        Attribute attribute = null;
        if (changed.change() == AttributeChanged.Change.ADDED) {
            try {
                attribute = attributes.apply(changed.attributeId());
            } catch (RuntimeException failed) {
                dropped.record("attribute " + changed.attributeId() + " could not be read: " + failed, null);
                return;
            }
        }
        Consumer<L> send = delivery.of(new AttributeEvent(changed,
                attribute == null ? AttributeEvent.idsOf(changed) : attribute));
        for (L listener : listeners) {
            if (listener.matches(changed)) {
                send.accept(listener);
            }
        }
    }

    private boolean anyMatch(AttributeChanged changed) {
        for (L listener : listeners) {
            if (listener.matches(changed)) {
                return true;
            }
        }
        return false;
    }
}
