package io.colonies.server.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Requests refused before any role check: signatures that cannot be verified, and replays (a used
 * nonce, a timestamp outside the skew window, or a repeated RPC envelope in strict mode).
 */
@ApplicationScoped
public class SecurityMetrics {
    public static final String SIGNATURE_FAILURES = "colonies_server_signature_failures";
    public static final String REPLAYS_REFUSED = "colonies_server_replays_refused";
    public static final String RPC = "rpc";
    public static final String REST = "rest";

    @Inject
    MetricHandles metrics;

    public void signatureFailed(String protocol) {
        if (metrics == null) {
            return; // constructed by hand in a unit test
        }
        metrics.counter(SIGNATURE_FAILURES, "protocol", protocol).inc();
    }

    /** {@code reason}: {@code nonce}, {@code stale} or {@code envelope}. */
    public void replayRefused(String protocol, String reason) {
        if (metrics == null) {
            return;
        }
        metrics.counter(REPLAYS_REFUSED, "protocol", protocol, "reason", reason).inc();
    }
}
