package io.colonies.server.colony;

import io.colonies.model.core.Colony;
import io.colonies.model.core.Statistics;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.executor.ExecutorService;
import io.colonies.server.process.ProcessRepository;
import io.colonies.server.workflow.ProcessGraphRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Colony use cases. Authorization has already happened in the caller. */
@Stateless
public class ColonyService {
    @PersistenceContext(unitName = "colonies")
    EntityManager em;

    @Inject
    ExecutorService executors;

    @Inject
    ProcessRepository processes;

    @Inject
    ProcessGraphRepository graphs;

    public Colony add(Colony colony) {
        if (colony == null) {
            throw new ColonyException(ErrorKind.BAD_REQUEST, "Failed to add colony, colony is nil");
        }
        if (colony.colonyid == null || colony.colonyid.length() != 64) {
            throw new ColonyException(ErrorKind.BAD_REQUEST, "Failed to add colony, invalid colony id length");
        }
        if (!colony.colonyid.matches("[0-9a-f]{64}")) {
            throw new ColonyException(ErrorKind.BAD_REQUEST, "Failed to add colony, colony id must be lowercase hex");
        }
        if (em.find(ColonyEntity.class, colony.colonyid) != null) {
            throw new ColonyException(ErrorKind.CONFLICT, "Colony with Id " + colony.colonyid + " already exists");
        }
        ColonyEntity entity = new ColonyEntity(colony.colonyid, colony.name == null ? "" : colony.name);
        em.persist(entity);
        return entity.toWire();
    }

    public List<Colony> list() {
        return em.createQuery("SELECT c FROM ColonyEntity c ORDER BY c.name, c.id", ColonyEntity.class)
                .getResultStream().map(ColonyEntity::toWire).toList();
    }

    public Colony get(String colonyId) {
        return require(colonyId).toWire();
    }

    public void rename(String colonyId, String name) {
        require(colonyId).rename(name == null ? "" : name);
    }

    /** Deletes the colony and everything in it, in one transaction (PROTOCOL §5.2). */
    public void delete(String colonyId) {
        ColonyEntity colony = em.find(ColonyEntity.class, colonyId);
        if (colony == null) {
            throw new ColonyException(ErrorKind.NOT_FOUND, "Colony does not exists");
        }
        processes.deleteAllInColony(colonyId);
        graphs.deleteAllInColony(colonyId);
        executors.deleteAllInColony(colonyId);
        em.remove(colony);
    }

    public Statistics statistics(String colonyId) {
        require(colonyId);
        Statistics stats = new Statistics();
        stats.colonies = 1;
        stats.executors = executors.count(colonyId);
        processes.countByState(colonyId, stats);
        graphs.countByState(colonyId, stats);
        return stats;
    }

    public Statistics serverStatistics() {
        Statistics stats = new Statistics();
        stats.colonies = em.createQuery("SELECT COUNT(c) FROM ColonyEntity c", Long.class).getSingleResult();
        stats.executors = executors.count(null);
        processes.countByState(null, stats);
        graphs.countByState(null, stats);
        return stats;
    }

    private ColonyEntity require(String colonyId) {
        ColonyEntity colony = colonyId == null ? null : em.find(ColonyEntity.class, colonyId);
        if (colony == null) {
            throw new ColonyException(ErrorKind.NOT_FOUND, "Colony with Id " + colonyId + " does not exist");
        }
        return colony;
    }
}
