package io.colonies.web.rest.process;

import io.colonies.model.core.ProcessState;
import io.colonies.server.cluster.AttributeChanged;
import io.colonies.server.cluster.ProcessEvent;
import io.colonies.web.events.AttributeEventFilter;
import io.colonies.web.events.ProcessEventFilter;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * One open SSE stream: a colony's process events, optionally of one process or one state (a single
 * process's stream also hears of its cancel); with {@code attributes}, also that process's attribute
 * changes.
 */
record EventStream(SseEventSink sink, Sse sse, String colonyId, String processId, Integer state, boolean attributes)
        implements ProcessEventFilter, AttributeEventFilter {
    EventStream(SseEventSink sink, Sse sse, String colonyId, String processId, Integer state) {
        this(sink, sse, colonyId, processId, state, false);
    }

    @Override
    public boolean matches(ProcessEvent event) {
        return colonyId.equals(event.colonyId())
                && (processId == null || processId.equals(event.processId()))
                && (state == null || state == event.state()
                        || processId != null && event.state() == ProcessState.CANCELLED);
    }

    @Override
    public boolean matches(AttributeChanged changed) {
        return attributes && processId != null && AttributeEventFilter.super.matches(changed);
    }
}
