package io.colonies.server.cron;

import io.colonies.server.cluster.LeaderScan;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.error.ColoniesException;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The cron checker, run by the lease holder every {@code COLONIES_CRON_CHECKER_PERIOD} ms. The scan
 * itself holds no transaction; each cron is scheduled or fired in its own (see {@link CronFiring}),
 * and firing is safe even if two replicas scan at once.
 */
@Stateless
@LocalBean
@Local(LeaderScan.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CronScan implements LeaderScan {
    private static final Logger LOG = Logger.getLogger(CronScan.class.getName());

    @Inject
    CronStore store;

    @Inject
    CronFiring firing;

    @Inject
    ColoniesConfig config;

    @Override
    public String name() {
        return "crons";
    }

    @Override
    public Duration period() {
        return Duration.ofMillis(config.cronCheckerPeriodMs());
    }

    @Override
    public int run(Instant now) {
        int changed = 0;
        for (String cronId : store.unscheduled()) {
            changed += scheduleQuietly(cronId, now) ? 1 : 0;
        }
        for (String cronId : store.due(now)) {
            changed += fire(cronId, now) ? 1 : 0;
        }
        return changed;
    }

    private boolean scheduleQuietly(String cronId, Instant now) {
        try {
            return firing.schedule(cronId, now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cron " + cronId + " cannot be scheduled: " + e.getMessage());
            return false;
        }
    }

    /** A failing run is logged and its deadline skipped, like the reference which only logs it. */
    private boolean fire(String cronId, Instant now) {
        try {
            return firing.fireIfDue(cronId, now);
        } catch (RuntimeException e) {
            String why = "Cron " + cronId + " failed to run; skipping to its next deadline";
            if (e instanceof ColoniesException known) {
                LOG.warning(() -> why + ": " + known.getMessage());
            } else {
                LOG.log(Level.WARNING, why, e);
            }
            try {
                firing.skipDeadline(cronId, now);
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Cron " + cronId + " deadline could not be skipped: " + again.getMessage());
            }
            return false;
        }
    }
}
