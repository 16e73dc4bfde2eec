package io.colonies.server.security;

import io.colonies.server.cluster.LeaderScan;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes expired nonces on the lease holder only, so the table stays as small as the traffic of
 * one skew window. Correctness does not depend on it: an expired row is reusable even before it goes.
 */
@Stateless
@LocalBean
@Local(LeaderScan.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoncePurgeScan implements LeaderScan {
    @Inject
    NonceRepository nonces;

    @Inject
    ReplaySettings settings;

    @Override
    public String name() {
        return "nonces";
    }

    @Override
    public Duration period() {
        return settings.noncePurgePeriod();
    }

    @Override
    public int run(Instant now) {
        return nonces.purge(now);
    }
}
