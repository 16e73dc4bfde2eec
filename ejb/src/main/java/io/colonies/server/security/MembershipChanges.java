package io.colonies.server.security;

import jakarta.inject.Inject;
import io.colonies.server.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Announces, inside the changing transaction, that an executor (or a whole colony) changed, so every
 * replica's {@link MembershipCache} forgets it once the change is committed.
 */
@ApplicationScoped
public class MembershipChanges {
    public static final String CHANNEL = "colonies_members";
    /** Payload meaning "forget everything", sent when a colony and all its executors go away. */
    public static final String ALL = "*";

    @Inject
    Sql sql;



    public void executorChanged(String executorId) {
        sql.query("SELECT pg_notify(?, ?)", rs -> null, CHANNEL, executorId);
    }

    public void colonyRemoved() {
        sql.query("SELECT pg_notify(?, ?)", rs -> null, CHANNEL, ALL);
    }
}
