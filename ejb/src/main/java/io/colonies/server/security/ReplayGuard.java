package io.colonies.server.security;

import io.colonies.server.error.ErrorKind;
import io.colonies.server.metrics.SecurityMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Replay rules of docs/security.md, shared by REST (always) and RPC (strict mode only). Nonces are
 * kept in PostgreSQL, so a request replayed to another replica is refused as well.
 */
@ApplicationScoped
public class ReplayGuard {
    /** Strict-mode RPC keys cannot collide with REST nonces, whose alphabet has no colon. */
    static final String RPC_PREFIX = "rpc:";

    @Inject
    NonceRepository nonces;

    @Inject
    ReplaySettings settings;

    @Inject
    Clock clock;

    @Inject
    SecurityMetrics metrics;

    /**
     * Accepts a signed REST request once: its timestamp must lie within the skew window and its
     * nonce must not have been used by the same caller while a request carrying it could be valid.
     */
    public void requireFresh(Caller caller, long unixSeconds, String nonce) {
        Instant now = clock.instant();
        Instant signedAt = Instant.ofEpochSecond(unixSeconds);
        Duration skew = settings.restSkew();
        if (Duration.between(signedAt, now).abs().compareTo(skew) > 0) {
            metrics.replayRefused(SecurityMetrics.REST, "stale");
            throw unauthorized("Colonies-Timestamp " + unixSeconds + " is more than " + skew.toSeconds()
                    + " s away from the server time " + now.getEpochSecond());
        }
        // Remembered until the request would be refused as stale anyway.
        if (!nonces.take(caller.id(), nonce, signedAt.plus(skew), now)) {
            metrics.replayRefused(SecurityMetrics.REST, "nonce");
            throw unauthorized("Colonies-Nonce " + nonce + " was already used; sign every request with a new nonce");
        }
    }

    /** In strict mode, refuses an RPC envelope whose signature was already seen within the window. */
    public void requireFirstEnvelope(Caller caller, String signature) {
        if (!settings.rpcStrictReplay()) {
            return;
        }
        Instant now = clock.instant();
        if (!nonces.take(caller.id(), RPC_PREFIX + signature, now.plus(settings.restSkew()), now)) {
            metrics.replayRefused(SecurityMetrics.RPC, "envelope");
            throw new AuthorizationException(ErrorKind.FORBIDDEN,
                    "Replayed request: this signed envelope was already received (COLONIES_RPC_STRICT_REPLAY)");
        }
    }

    public static AuthorizationException unauthorized(String message) {
        return new AuthorizationException(ErrorKind.UNAUTHORIZED, message);
    }
}
