package io.colonies.server.cluster;

import jakarta.inject.Inject;
import io.colonies.model.core.Process;
import io.colonies.server.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes process events with {@code pg_notify} inside the caller's transaction: PostgreSQL
 * delivers them to every replica (this one included) only if and when the transaction commits, so a
 * woken executor always finds the committed row.
 */
@ApplicationScoped
public class ProcessEvents {
    public static final String CHANNEL = "colonies_events";

    @Inject
    Sql sql;



    public void publish(Process p) {
        publish(p.state, p.spec.conditions.colonyid, p.spec.conditions.executortype, p.processid,
                p.spec.conditions.executorids != null && !p.spec.conditions.executorids.isEmpty());
    }

    public void publish(int state, String colonyId, String executorType, String processId, boolean targeted) {
        String payload = new ProcessEvent(state, colonyId, executorType, processId, targeted).encode();
        sql.query("SELECT pg_notify(?, ?)", rs -> null, CHANNEL, payload);
    }
}
