package io.colonies.server.process;

import io.colonies.server.cluster.ChannelListener;
import io.colonies.server.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Wakes the waiting assigns of a resumed colony on every replica. A pause needs no message: the claim
 * statement reads it. A resume does, because a poll that found nothing while paused would otherwise
 * sleep until its timeout even though the queue holds work. Announced inside the resuming
 * transaction, so PostgreSQL delivers it only on commit, when the claims can see the resume.
 */
@ApplicationScoped
public class AssignmentResumes implements ChannelListener {
    public static final String CHANNEL = "colonies_assign_resumes";

    @Inject
    Sql sql;

    @Inject
    AssignWaiters waiters;

    /** Inside the resuming transaction. */
    public void announce(String colonyId) {
        sql.query("SELECT pg_notify(?, ?)", rs -> null, CHANNEL, colonyId);
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void onNotification(String payload) {
        waiters.colonyResumed(payload);
    }

    // A resume announced while no one listened is covered by ProcessEventRelay#onReconnect, which
    // re-checks every waiting lane after each reconnect.
}
