package io.colonies.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The tunables of replay protection; the README lists each key with its default. */
@ApplicationScoped
public class ReplaySettings {
    public static final long DEFAULT_REST_SKEW_SECONDS = 300;
    public static final boolean DEFAULT_RPC_STRICT_REPLAY = false;
    public static final long DEFAULT_NONCE_PURGE_PERIOD_MS = 60_000;

    @Inject
    @ConfigProperty(name = "COLONIES_REST_SKEW_SECONDS", defaultValue = "" + DEFAULT_REST_SKEW_SECONDS)
    long restSkewSeconds;

    @Inject
    @ConfigProperty(name = "COLONIES_RPC_STRICT_REPLAY", defaultValue = "" + DEFAULT_RPC_STRICT_REPLAY)
    boolean rpcStrictReplay;

    @Inject
    @ConfigProperty(name = "COLONIES_NONCE_PURGE_PERIOD", defaultValue = "" + DEFAULT_NONCE_PURGE_PERIOD_MS)
    long noncePurgePeriodMs;

    /** How far a signed REST request's timestamp may be from the server's clock, either way. */
    public Duration restSkew() {
        return Duration.ofSeconds(Math.max(1, restSkewSeconds));
    }

    /** Whether RPC refuses an envelope whose signature it has already seen within the skew window. */
    public boolean rpcStrictReplay() {
        return rpcStrictReplay;
    }

    public Duration noncePurgePeriod() {
        return Duration.ofMillis(Math.max(1000, noncePurgePeriodMs));
    }
}
