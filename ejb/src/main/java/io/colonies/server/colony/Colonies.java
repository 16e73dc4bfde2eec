package io.colonies.server.colony;

import io.colonies.model.core.Colony;
import io.colonies.model.core.Statistics;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.executor.ExecutorStore;
import io.colonies.server.executor.FunctionStore;
import io.colonies.server.id.ColonyId;
import io.colonies.server.process.AssignReleases;
import io.colonies.server.process.ProcessRepository;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import io.colonies.server.workflow.ProcessGraphRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Colony use cases (PROTOCOL §5.2), the one entry point of RPC and REST. Each checks the caller's role
 * and does the work in one container-managed transaction.
 */
@Stateless
public class Colonies {
    @Inject
    Authorizer authorizer;

    @Inject
    ColonyStore colonies;

    @Inject
    ColonyStatistics statistics;

    @Inject
    ExecutorStore executors;

    @Inject
    FunctionStore functions;

    @Inject
    ProcessRepository processes;

    @Inject
    ProcessGraphRepository graphs;

    @Inject
    AssignReleases assignReleases;

    /** Server owner. */
    public Colony add(Caller caller, Colony colony) {
        authorizer.requireServerOwner(caller);
        if (colony == null) {
            throw new ColonyException(ErrorKind.BAD_REQUEST, "Failed to add colony, colony is nil");
        }
        if (colony.colonyid == null || colony.colonyid.length() != 64) {
            throw new ColonyException(ErrorKind.BAD_REQUEST, "Failed to add colony, invalid colony id length");
        }
        if (!colony.colonyid.matches("[0-9a-f]{64}")) {
            throw new ColonyException(ErrorKind.BAD_REQUEST, "Failed to add colony, colony id must be lowercase hex");
        }
        if (colonies.find(colony.colonyid) != null) {
            throw new ColonyException(ErrorKind.CONFLICT, "Colony with Id " + colony.colonyid + " already exists");
        }
        ColonyEntity entity = new ColonyEntity(colony.colonyid, colony.name == null ? "" : colony.name);
        colonies.insert(entity);
        return entity.toWire();
    }

    /** Server owner. */
    public List<Colony> list(Caller caller) {
        authorizer.requireServerOwner(caller);
        return colonies.all();
    }

    /** Approved members. */
    public Colony get(Caller caller, ColonyId colony) {
        authorizer.requireMember(caller, colony.value());
        return require(colony).toWire();
    }

    /** Colony owner. */
    public void rename(Caller caller, ColonyId colony, String name) {
        authorizer.requireColonyOwner(caller, colony.value());
        require(colony).rename(name == null ? "" : name);
    }

    /** Server owner. Deletes the colony and everything in it, in one transaction (PROTOCOL §5.2). */
    public void delete(Caller caller, ColonyId colonyId) {
        authorizer.requireServerOwner(caller);
        ColonyEntity colony = colonies.find(colonyId.value());
        if (colony == null) {
            throw new ColonyException(ErrorKind.NOT_FOUND, "Colony does not exists");
        }
        processes.deleteAllInColony(colonyId.value());
        graphs.deleteAllInColony(colonyId.value());
        functions.deleteAllInColony(colonyId.value());
        executors.deleteAllInColony(colonyId.value());
        colonies.remove(colony);
        assignReleases.colonyRemoved(colonyId.value()); // its long-polls end with 404 once this commits
    }

    /** Approved members and the colony owner. */
    public Statistics statistics(Caller caller, ColonyId colony) {
        authorizer.requireMemberOrOwner(caller, colony.value());
        require(colony);
        return statistics.count(colony.value());
    }

    private ColonyEntity require(ColonyId colonyId) {
        ColonyEntity colony = colonies.find(colonyId.value());
        if (colony == null) {
            throw new ColonyException(ErrorKind.NOT_FOUND, "Colony with Id " + colonyId.value() + " does not exist");
        }
        return colony;
    }
}
