package io.colonies.web.pubsub;

import io.colonies.web.events.AttributeEventFilter;
import jakarta.websocket.Session;

/** One subscribeattributesmsg frame's interest: attribute changes of one process. */
record AttributeSubscription(Session session, String colonyId, String processId) implements AttributeEventFilter {
}
