package io.colonies.server.process;

import io.colonies.server.cluster.ChannelListener;
import io.colonies.server.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Ends the waiting assigns of a removed colony or executor on every replica. The removing domain
 * announces it inside its transaction; PostgreSQL delivers the NOTIFY only on commit, so a rolled-back
 * deletion releases no one. Without this a poll would sleep until its timeout (up to the long-poll cap).
 */
@ApplicationScoped
public class AssignReleases implements ChannelListener {
    public static final String CHANNEL = "colonies_assign_releases";
    private static final String COLONY = "colony:";
    private static final String EXECUTOR = "executor:";

    @Inject
    Sql sql;

    @Inject
    AssignWaiters waiters;

    /** Inside the deleting transaction. */
    public void colonyRemoved(String colonyId) {
        sql.query("SELECT pg_notify(?, ?)", rs -> null, CHANNEL, COLONY + colonyId);
    }

    /** Inside the deleting transaction. */
    public void executorRemoved(String executorId) {
        sql.query("SELECT pg_notify(?, ?)", rs -> null, CHANNEL, EXECUTOR + executorId);
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void onNotification(String payload) {
        if (payload.startsWith(COLONY)) {
            waiters.colonyRemoved(payload.substring(COLONY.length()));
        } else if (payload.startsWith(EXECUTOR)) {
            waiters.executorRemoved(payload.substring(EXECUTOR.length()));
        }
    }

    /**
     * A removal announced while no one listened is not replayed, but each released waiter's next
     * claim attempt (at the latest its timeout) finds nothing and its next assign is refused.
     */
    @Override
    public void onReconnect() {
    }
}
