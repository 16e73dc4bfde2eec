package io.colonies.web.events;

import io.colonies.server.cluster.ProcessEvent;

/** A live listener's interest: which process events it wants. */
public interface ProcessEventFilter {
    boolean matches(ProcessEvent event);
}
