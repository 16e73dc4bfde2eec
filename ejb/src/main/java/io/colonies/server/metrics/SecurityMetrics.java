package io.colonies.server.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

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
    MetricRegistry registry;

    public void signatureFailed(String protocol) {
        if (registry == null) {
            return; // constructed by hand in a unit test
        }
        registry.counter(SIGNATURE_FAILURES, new Tag("protocol", protocol)).inc();
    }

    /** {@code reason}: {@code nonce}, {@code stale} or {@code envelope}. */
    public void replayRefused(String protocol, String reason) {
        if (registry == null) {
            return;
        }
        registry.counter(REPLAYS_REFUSED, new Tag("protocol", protocol), new Tag("reason", reason)).inc();
    }
}
