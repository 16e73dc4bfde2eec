package io.colonies.server.cron;

import io.colonies.model.core.Cron;
import io.colonies.model.security.Hashes;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Cron use cases (PROTOCOL §5.9), the one entry point of RPC and REST; every one needs an approved
 * member of the cron's colony. Each checks the scope and the role before anything runs (so runcronmsg
 * no longer starts a run for a stranger, quirk Q7), in one container-managed transaction.
 */
@Stateless
public class Crons {
    @Inject
    Authorizer authorizer;

    @Inject
    CronStore store;

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
    public Cron add(Caller caller, Cron cron) {
        if (cron == null) {
            throw new CronException(ErrorKind.BAD_REQUEST, "Failed to add cron, msg.Cron is nil");
        }
        authorizer.requireMember(caller, cron.colonyid);
        CronRules.validate(cron);
        cron.cronid = Hashes.randomId();
        if (!store.insert(cron)) {
            throw new CronException(ErrorKind.CONFLICT, "A cron named " + cron.name + " already exists");
        }
        return store.find(cron.cronid);
    }

    /** The cron with the checker period (ms) filled in, as only getcronmsg reports it. */
    public Cron get(Caller caller, ColonyScope scope, String cronId) {
        Cron cron = store.find(required(cronId));
        if (cron == null) {
            throw notFound(cronId);
        }
        authorize(caller, scope, cronId, cron.colonyid);
        cron.checkerperiod = config.cronCheckerPeriodMs();
        return cron;
    }

    /** Up to {@code count} crons of the colony; none is an empty list, not an error (unlike quirk Q2). */
    public List<Cron> list(Caller caller, ColonyId colony, int count) {
        authorizer.requireMember(caller, colony.value());
        return count <= 0 ? List.of() : store.list(colony.value(), count);
    }

    /**
     * Runs the cron now, whatever its schedule and {@code waitforprevprocessgraph} say, and returns
     * the cron as it was before the run (PROTOCOL §5.9 runcronmsg). The row lock is taken only after
     * the role check, and waits for a scan that holds it, so both runs happen in turn.
     */
    public Cron runNow(Caller caller, ColonyScope scope, String cronId) {
        requireAllowed(caller, scope, cronId);
        Cron before = store.lock(cronId);
        if (before == null) {
            throw notFound(cronId); // deleted between the check and the lock
        }
        launcher.launch(before, clock.instant());
        return before;
    }

    public void delete(Caller caller, ColonyScope scope, String cronId) {
        requireAllowed(caller, scope, cronId);
        if (store.delete(cronId) == 0) {
            throw notFound(cronId);
        }
    }

    private void requireAllowed(Caller caller, ColonyScope scope, String cronId) {
        String colony = store.colonyOf(required(cronId));
        if (colony == null) {
            throw notFound(cronId);
        }
        authorize(caller, scope, cronId, colony);
    }

    private void authorize(Caller caller, ColonyScope scope, String cronId, String colony) {
        scope.require(colony, "Cron " + cronId);
        authorizer.requireMember(caller, colony);
    }

    /** Ids arrive from the wire; an absent one matches nothing, like an unknown one. */
    private static String required(String cronId) {
        return cronId == null ? "" : cronId;
    }

    private static CronException notFound(String cronId) {
        return new CronException(ErrorKind.NOT_FOUND, "Cron with Id " + cronId + " does not exist");
    }
}
