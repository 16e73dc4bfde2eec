package io.colonies.server.cluster;

import io.colonies.server.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Carries attribute changes between replicas: publishes each {@link AttributeChanged} with
 * {@code pg_notify} in the changing transaction (delivered on commit only), and hands the ones that
 * arrive, from any replica, to this replica's {@link AttributeEventBus}.
 */
@ApplicationScoped
public class AttributeEvents implements ChannelListener {
    public static final String CHANNEL = "colonies_attributes";

    @Inject
    Sql sql;

    @Inject
    AttributeEventBus bus;

    void onChanged(@Observes AttributeChanged changed) {
        sql.query("SELECT pg_notify(?, ?)", rs -> null, CHANNEL, changed.encode());
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void onNotification(String payload) {
        bus.publish(AttributeChanged.decode(payload));
    }
}
