package io.colonies.server.security;

import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ExecutorId;
import io.colonies.server.id.ExecutorType;

/**
 * An executor as the role checks see it. This record, never the JPA entity, is what crosses from the
 * use cases to the web adapters.
 */
public record Member(ExecutorId id, ColonyId colony, ExecutorType type, String name, boolean approved) {
    public String idValue() {
        return id.value();
    }

    public String colonyValue() {
        return colony.value();
    }
}
