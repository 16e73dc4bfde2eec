package io.colonies.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.server.error.ErrorKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The replay rules with an in-memory nonce table and a fixed clock. */
class ReplayGuardTest {
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final Caller CALLER = new Caller("a".repeat(64));
    private final Map<String, Instant> taken = new HashMap<>();
    private ReplayGuard guard;

    @BeforeEach
    void guard() {
        guard = new ReplayGuard();
        guard.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        guard.metrics = new io.colonies.server.metrics.SecurityMetrics(); // no registry: counts nothing
        guard.settings = new ReplaySettings();
        guard.settings.restSkewSeconds = ReplaySettings.DEFAULT_REST_SKEW_SECONDS;
        guard.nonces = new NonceRepository() {
            @Override
            public boolean take(String callerId, String nonce, Instant expiresAt, Instant now) {
                Instant live = taken.get(callerId + nonce);
                if (live != null && live.isAfter(now)) {
                    return false;
                }
                taken.put(callerId + nonce, expiresAt);
                return true;
            }
        };
    }

    @Test
    void timestampsWithinTheWindowEitherWayAreFresh() {
        guard.requireFresh(CALLER, NOW.getEpochSecond() - 300, "n1-aaaaaaaaaaaaaaaa");
        guard.requireFresh(CALLER, NOW.getEpochSecond() + 300, "n2-aaaaaaaaaaaaaaaa");
        assertEquals(NOW.plusSeconds(600), taken.get(CALLER.id() + "n2-aaaaaaaaaaaaaaaa"),
                "kept until the request itself would be stale");
        for (long at : new long[] {NOW.getEpochSecond() - 301, NOW.getEpochSecond() + 301}) {
            AuthorizationException stale = assertThrows(AuthorizationException.class,
                    () -> guard.requireFresh(CALLER, at, "n3-aaaaaaaaaaaaaaaa"));
            assertEquals(ErrorKind.UNAUTHORIZED, stale.kind());
        }
    }

    @Test
    void aNonceIsAcceptedOnce() {
        guard.requireFresh(CALLER, NOW.getEpochSecond(), "once-aaaaaaaaaaaaaaaa");
        AuthorizationException replay = assertThrows(AuthorizationException.class,
                () -> guard.requireFresh(CALLER, NOW.getEpochSecond(), "once-aaaaaaaaaaaaaaaa"));
        assertEquals(ErrorKind.UNAUTHORIZED, replay.kind());
        assertTrue(replay.getMessage().contains("already used"));
    }

    @Test
    void strictRpcModeIsOffByDefaultAndRefusesARepeatWhenOn() {
        guard.requireFirstEnvelope(CALLER, "sig");
        guard.requireFirstEnvelope(CALLER, "sig");
        guard.settings.rpcStrictReplay = true;
        guard.requireFirstEnvelope(CALLER, "sig2");
        AuthorizationException replay = assertThrows(AuthorizationException.class,
                () -> guard.requireFirstEnvelope(CALLER, "sig2"));
        assertEquals(ErrorKind.FORBIDDEN, replay.kind());
    }
}
