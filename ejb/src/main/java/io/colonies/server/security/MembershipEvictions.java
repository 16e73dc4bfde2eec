package io.colonies.server.security;

import io.colonies.server.cluster.ChannelListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Makes this replica's membership cache forget what any replica changed. */
@ApplicationScoped
public class MembershipEvictions implements ChannelListener {
    @Inject
    MembershipCache cache;

    @Override
    public String channel() {
        return MembershipChanges.CHANNEL;
    }

    @Override
    public void onNotification(String executorId) {
        if (MembershipChanges.ALL.equals(executorId)) {
            cache.clear();
        } else {
            cache.evict(executorId);
        }
    }

    /** Changes made while no one listened are unknown: start from an empty cache. */
    @Override
    public void onReconnect() {
        cache.clear();
    }
}
