package io.colonies.web.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Starts the timing of RPC calls; see {@link RpcTiming}. */
@ApplicationScoped
public class RpcMetrics {
    @Inject
    RequestMetrics metrics;

    public RpcTiming start() {
        return new RpcTiming(metrics);
    }
}
