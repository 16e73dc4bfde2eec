package io.colonies.server.cron;

import io.colonies.model.core.Cron;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The two steps of the checker (PROTOCOL §6.8), each in its own transaction so one broken cron
 * cannot hold back the others: give an unscheduled cron its first deadline, and fire a due one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CronFiring {
    @Inject
    CronStore store;

    @Inject
    CronLauncher launcher;

    /** Stores the first deadline without running; false when there is none or another replica set it. */
    public boolean schedule(String cronId, Instant now) {
        Cron cron = store.find(cronId);
        if (cron == null) {
            return false;
        }
        Instant next = CronRules.schedule(cron).next(now);
        return next != null && store.schedule(cronId, next);
    }

    /**
     * Runs the cron if it is still due and nobody else holds it. Skips (leaving it due) while
     * {@code waitforprevprocessgraph} is set and the previous graph is waiting or running.
     */
    public boolean fireIfDue(String cronId, Instant now) {
        Cron cron = store.lockIfDue(cronId, now);
        if (cron == null) {
            return false;
        }
        if (cron.waitforprevprocessgraph && launcher.previousStillActive(cron)) {
            return false;
        }
        launcher.launch(cron, now);
        return true;
    }

    /** After a failed run: the deadline moves on so the failure is not repeated on every tick. */
    public void skipDeadline(String cronId, Instant now) {
        Cron cron = store.lockIfDue(cronId, now);
        if (cron != null) {
            store.skip(cronId, cron.nextrun, CronRules.schedule(cron).next(now));
        }
    }
}
