package io.colonies.server.security;

import jakarta.inject.Inject;
import io.colonies.server.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The table of nonces already used. Each statement commits on its own (it runs outside any
 * container transaction), so a nonce is taken even if the request later fails: a replay of a
 * failed request is still a replay.
 */
@ApplicationScoped
public class NonceRepository {
    /**
     * Zero rows means the nonce is live, i.e. a replay. A row whose expiry has passed may be taken
     * again, so an unpurged leftover never refuses a legitimate request.
     */
    private static final String TAKE = "INSERT INTO request_nonces (caller_id, nonce, expires_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (caller_id, nonce) DO UPDATE SET expires_at = EXCLUDED.expires_at"
            + " WHERE request_nonces.expires_at <= ?";

    @Inject
    Sql sql;



    /** True when this is the first use of the nonce by this caller that is still remembered. */
    public boolean take(String callerId, String nonce, Instant expiresAt, Instant now) {
        return sql.update(TAKE, callerId, nonce, expiresAt, now) == 1;
    }

    public int purge(Instant now) {
        return sql.update("DELETE FROM request_nonces WHERE expires_at <= ?", now);
    }
}
