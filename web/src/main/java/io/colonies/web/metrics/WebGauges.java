package io.colonies.web.metrics;

import io.colonies.server.process.AssignWaiters;
import io.colonies.web.pubsub.Subscriptions;
import io.colonies.web.rest.process.EventStreams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Gauges of this replica's open connections: waiting long-polls and event subscriptions. */
@ApplicationScoped
public class WebGauges {
    public static final String LONG_POLL_WAITERS = "colonies_server_longpoll_waiters";
    public static final String SUBSCRIPTIONS_OPEN = "colonies_server_subscriptions_open";

    @Inject
    MetricRegistry registry;

    @Inject
    AssignWaiters waiters;

    @Inject
    Subscriptions subscriptions;

    @Inject
    EventStreams streams;

    void register(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        registry.gauge(LONG_POLL_WAITERS, waiters, AssignWaiters::waiting);
        registry.gauge(SUBSCRIPTIONS_OPEN, subscriptions, Subscriptions::openCount, new Tag("kind", "websocket"));
        registry.gauge(SUBSCRIPTIONS_OPEN, streams, EventStreams::openCount, new Tag("kind", "sse"));
    }
}
