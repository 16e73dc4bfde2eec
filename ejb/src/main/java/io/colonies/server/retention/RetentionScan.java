package io.colonies.server.retention;

import io.colonies.server.cluster.LeaderScan;
import io.colonies.server.config.ColoniesConfig;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Every 60 s, on the lease holder, deletes successful processes and workflows submitted more than
 * {@code COLONIES_RETENTION_POLICY} seconds ago. Only scheduled when {@code COLONIES_RETENTION=true}.
 */
@Stateless
@LocalBean
@Local(LeaderScan.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionScan implements LeaderScan {
    static final Duration PERIOD = Duration.ofSeconds(60);
    static final int BATCH = 1000;
    /** Bounds one pass; whatever is left is deleted by the next passes. */
    static final int MAX_BATCHES = 100;

    @Inject
    RetentionCleaner cleaner;

    @Inject
    ColoniesConfig config;

    @Override
    public String name() {
        return "retention";
    }

    @Override
    public Duration period() {
        return PERIOD;
    }

    @Override
    public boolean enabled() {
        return config.retention();
    }

    @Override
    public int run(Instant now) {
        Instant cutoff = cutoff(now, config.retentionPolicy());
        int deleted = 0;
        for (int i = 0, n = BATCH; i < MAX_BATCHES && n == BATCH; i++) {
            n = cleaner.deleteProcesses(cutoff, BATCH);
            deleted += n;
        }
        for (int i = 0, n = BATCH; i < MAX_BATCHES && n == BATCH; i++) {
            n = cleaner.deleteGraphs(cutoff, BATCH);
            deleted += n;
        }
        return deleted;
    }

    static Instant cutoff(Instant now, Duration policy) {
        return now.minus(policy);
    }
}
