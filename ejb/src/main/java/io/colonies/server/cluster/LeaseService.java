package io.colonies.server.cluster;

import jakarta.inject.Inject;
import io.colonies.server.db.Sql;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;

/**
 * Database leases that make exactly one replica run each scan. Acquiring, renewing and taking over an
 * expired lease are one upsert; expiry is judged by the database clock so replicas with skewed
 * clocks still agree.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LeaseService {
    @Inject
    Sql sql;



    /** True when {@code owner} holds the lease for the next {@code ttl}, renewed or newly taken. */
    public boolean tryAcquire(String name, String owner, Duration ttl) {
        String holder = sql.queryOne("INSERT INTO leases (name, owner, expires_at)"
                        + " VALUES (?, ?, clock_timestamp() + ? * interval '1 millisecond')"
                        + " ON CONFLICT (name) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at"
                        + " WHERE leases.owner = EXCLUDED.owner OR leases.expires_at < clock_timestamp()"
                        + " RETURNING owner",
                rs -> rs.getString(1), name, owner, ttl.toMillis());
        return owner.equals(holder);
    }

    public void release(String name, String owner) {
        sql.update("DELETE FROM leases WHERE name = ? AND owner = ?", name, owner);
    }

    /** The current holder, or null when nobody holds an unexpired lease. */
    public String holder(String name) {
        return sql.queryOne("SELECT owner FROM leases WHERE name = ? AND expires_at >= clock_timestamp()",
                rs -> rs.getString(1), name);
    }
}
