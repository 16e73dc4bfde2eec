package io.colonies.web.events;

import io.colonies.server.cluster.AttributeChanged;

/** A live listener's interest in attribute changes: those of one process of one colony. */
public interface AttributeEventFilter {
    String colonyId();

    String processId();

    default boolean matches(AttributeChanged changed) {
        return colonyId().equals(changed.colonyId()) && processId().equals(changed.processId());
    }
}
