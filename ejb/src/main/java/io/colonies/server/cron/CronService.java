package io.colonies.server.cron;

import io.colonies.model.core.Cron;
import io.colonies.model.security.Hashes;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.error.ErrorKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/** Cron use cases (PROTOCOL §5.9). Authorization has already happened in the caller. */
@Stateless
public class CronService {
    @Inject
    CronRepository repository;

    @Inject
    CronLauncher launcher;

    @Inject
    ColoniesConfig config;

    @Inject
    Clock clock;

    /**
     * Stores a new cron; the checker schedules its first run. A client-supplied {@code nextrun} is
     * kept as the first deadline (reference behaviour); {@code lastrun} and
     * {@code prevprocessgraphid} are not, since a client-chosen previous graph would feed another
     * graph's output into this cron.
     */
    public Cron add(Cron cron) {
        CronRules.validate(cron);
        cron.cronid = Hashes.randomId();
        if (!repository.insert(cron)) {
            throw new CronException(ErrorKind.CONFLICT, "A cron named " + cron.name + " already exists");
        }
        return repository.find(cron.cronid);
    }

    /** The cron with the checker period (ms) filled in, as only getcronmsg reports it. */
    public Cron get(String cronId) {
        Cron cron = require(cronId);
        cron.checkerperiod = config.cronCheckerPeriodMs();
        return cron;
    }

    public String colonyOf(String cronId) {
        String colony = cronId == null ? null : repository.colonyOf(cronId);
        if (colony == null) {
            throw notFound(cronId);
        }
        return colony;
    }

    /** Up to {@code count} crons of the colony; none is an empty list, not an error (unlike quirk Q2). */
    public List<Cron> list(String colonyId, int count) {
        return count <= 0 ? List.of() : repository.list(colonyId, count);
    }

    public void delete(String cronId) {
        if (repository.delete(cronId) == 0) {
            throw notFound(cronId);
        }
    }

    /**
     * Runs the cron now, whatever its schedule and {@code waitforprevprocessgraph} say, and returns
     * the cron as it was before the run (PROTOCOL §5.9 runcronmsg).
     */
    public Cron runNow(String cronId) {
        Cron before = cronId == null ? null : repository.lock(cronId);
        if (before == null) {
            throw notFound(cronId);
        }
        launcher.launch(before, clock.instant());
        return before;
    }

    private Cron require(String cronId) {
        Cron cron = cronId == null ? null : repository.find(cronId);
        if (cron == null) {
            throw notFound(cronId);
        }
        return cron;
    }

    private static CronException notFound(String cronId) {
        return new CronException(ErrorKind.NOT_FOUND, "Cron with Id " + cronId + " does not exist");
    }
}
