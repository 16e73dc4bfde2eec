package io.colonies.server.process;

import java.time.Instant;

/**
 * The assignee removed an attribute of its running process. Fired as a synchronous CDI event inside the
 * removing transaction, so an observer (e.g. an attribute subscription relaying it to other replicas
 * with NOTIFY) sees exactly the committed removals.
 */
public record AttributeRemoved(String attributeId, String processId, String colonyId, String key, Instant removedAt) {
}
