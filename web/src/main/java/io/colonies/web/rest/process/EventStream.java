package io.colonies.web.rest.process;

import io.colonies.server.cluster.ProcessEvent;
import io.colonies.web.events.ProcessEventFilter;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/** One open SSE stream: a colony's process events, optionally of one process or one state. */
record EventStream(SseEventSink sink, Sse sse, String colonyId, String processId, Integer state) implements ProcessEventFilter {
    @Override
    public boolean matches(ProcessEvent event) {
        return colonyId.equals(event.colonyId())
                && (processId == null || processId.equals(event.processId()))
                && (state == null || state == event.state());
    }
}
