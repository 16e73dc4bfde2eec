package io.colonies.web.pubsub;

import io.colonies.model.core.ProcessState;
import io.colonies.server.cluster.ProcessEvent;
import io.colonies.web.events.ProcessEventFilter;
import jakarta.websocket.Session;

/**
 * One subscribe frame's interest: events of a colony's processes of one executor type reaching one
 * state, optionally of a single process. A single process's subscriber also hears of its cancel, as
 * the awaited state will never come.
 */
record Subscription(Session session, String colonyId, String executorType, int state, String processId) implements ProcessEventFilter {
    @Override
    public boolean matches(ProcessEvent event) {
        return (event.state() == state || processId != null && event.state() == ProcessState.CANCELLED)
                && colonyId.equals(event.colonyId())
                && executorType.equals(event.executorType())
                && (processId == null || processId.equals(event.processId()));
    }
}
