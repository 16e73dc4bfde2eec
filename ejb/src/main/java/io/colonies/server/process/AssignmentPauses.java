package io.colonies.server.process;

import io.colonies.model.core.PauseStatus;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyId;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import io.colonies.server.security.ColonyDirectory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Pausing and resuming a colony's assignments (HEAD's pauseassignmentsmsg, resumeassignmentsmsg,
 * getpausestatusmsg), the one entry point of RPC and REST. While paused, claims find nothing, so
 * assigns wait (up to their timeout) instead of failing; submits still queue. Both changes are
 * idempotent. An unknown colony is a 404 before any role check, as for other missing objects.
 */
@Stateless
public class AssignmentPauses {
    @Inject
    AssignmentPauseStore store;

    @Inject
    AssignmentResumes resumes;

    @Inject
    Authorizer authorizer;

    @Inject
    ColonyDirectory colonies;

    @Inject
    Clock clock;

    /** The colony owner. Pausing a paused colony changes nothing. */
    public PauseStatus pause(Caller caller, ColonyId colony) {
        requireColony(colony);
        authorizer.requireColonyOwner(caller, colony);
        store.pause(colony.value(), caller.id(), clock.instant());
        return new PauseStatus(colony.value(), true);
    }

    /** The colony owner. Resuming a running colony changes nothing; otherwise its waiting polls wake. */
    public PauseStatus resume(Caller caller, ColonyId colony) {
        requireColony(colony);
        authorizer.requireColonyOwner(caller, colony);
        if (store.resume(colony.value())) {
            resumes.announce(colony.value()); // delivered on commit, to every replica
        }
        return new PauseStatus(colony.value(), false);
    }

    /** Approved members and the colony owner. */
    public PauseStatus status(Caller caller, ColonyId colony) {
        requireColony(colony);
        authorizer.requireMemberOrOwner(caller, colony);
        return new PauseStatus(colony.value(), store.isPaused(colony.value()));
    }

    private void requireColony(ColonyId colony) {
        if (!colonies.exists(colony.value())) {
            throw new ProcessException(ErrorKind.NOT_FOUND, "Colony with Id " + colony.value() + " does not exist");
        }
    }
}
