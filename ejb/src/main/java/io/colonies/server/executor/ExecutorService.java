package io.colonies.server.executor;

import io.colonies.model.core.Executor;
import io.colonies.model.core.Function;
import io.colonies.model.security.Hashes;
import io.colonies.server.cluster.ProcessEvents;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.process.ProcessRepository;
import io.colonies.server.security.MembershipChanges;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Executor and function-registry use cases (PROTOCOL §5.3, §5.4). */
@Stateless
public class ExecutorService {
    @PersistenceContext(unitName = "colonies")
    EntityManager em;

    @Inject
    ProcessRepository processes;

    @Inject
    ProcessEvents events;

    @Inject
    ColoniesConfig config;

    @Inject
    MembershipChanges membership;

    @Inject
    Clock clock;

    public Executor add(Executor executor) {
        if (executor.executorid == null || !executor.executorid.matches("[0-9a-f]{64}")) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, "executor.executorid must be 64 lowercase hex characters");
        }
        if (executor.executorname == null || executor.executorname.isBlank()) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, "executor.executorname is required");
        }
        if (executor.executortype == null || executor.executortype.isBlank()) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, "executor.executortype is required");
        }
        ExecutorEntity sameName = findByName(executor.colonyid, executor.executorname);
        if (sameName != null) {
            if (!config.allowExecutorReregister()) {
                throw new ExecutorException(ErrorKind.CONFLICT, "Executor name must be unique");
            }
            remove(sameName);
            em.flush();
        }
        if (em.find(ExecutorEntity.class, executor.executorid) != null) {
            throw new ExecutorException(ErrorKind.CONFLICT, "Executor name must be unique");
        }
        ExecutorEntity entity = ExecutorEntity.register(executor, clock.instant());
        em.persist(entity);
        return entity.toWire();
    }

    public Executor get(String executorId) {
        return require(executorId).toWire();
    }

    public String colonyOf(String executorId) {
        return require(executorId).colonyId();
    }

    public List<Executor> list(String colonyId) {
        return em.createQuery("SELECT e FROM ExecutorEntity e WHERE e.colonyId = :c ORDER BY e.name", ExecutorEntity.class)
                .setParameter("c", colonyId).getResultStream().map(ExecutorEntity::toWire).toList();
    }

    public void approve(String executorId) {
        require(executorId).changeState(Executor.APPROVED);
        membership.executorChanged(executorId);
    }

    public void reject(String executorId) {
        require(executorId).changeState(Executor.REJECTED);
        membership.executorChanged(executorId);
    }

    public void delete(String executorId) {
        remove(require(executorId));
    }

    public long count(String colonyIdOrNull) {
        if (colonyIdOrNull == null) {
            return em.createQuery("SELECT COUNT(e) FROM ExecutorEntity e", Long.class).getSingleResult();
        }
        return em.createQuery("SELECT COUNT(e) FROM ExecutorEntity e WHERE e.colonyId = :c", Long.class)
                .setParameter("c", colonyIdOrNull).getSingleResult();
    }

    public void deleteAllInColony(String colonyId) {
        em.createQuery("DELETE FROM FunctionEntity f WHERE f.colonyId = :c").setParameter("c", colonyId).executeUpdate();
        em.createQuery("DELETE FROM ExecutorEntity e WHERE e.colonyId = :c").setParameter("c", colonyId).executeUpdate();
        membership.colonyRemoved();
    }

    // ---- functions ----------------------------------------------------------------------------

    public Function addFunction(String callerId, Function fun) {
        if (!callerId.equals(fun.executorid)) {
            throw new ExecutorException(ErrorKind.FORBIDDEN, "Not allowed to add a function to another executor");
        }
        if (fun.funcname == null || fun.funcname.isBlank()) {
            throw new ExecutorException(ErrorKind.BAD_REQUEST, "fun.funcname is required");
        }
        long existing = em.createQuery("SELECT COUNT(f) FROM FunctionEntity f WHERE f.executorId = :e AND f.funcname = :n",
                Long.class).setParameter("e", fun.executorid).setParameter("n", fun.funcname).getSingleResult();
        if (existing > 0) {
            throw new ExecutorException(ErrorKind.CONFLICT, "Function already exists");
        }
        FunctionEntity entity = FunctionEntity.from(fun, Hashes.randomId());
        em.persist(entity);
        return entity.toWire();
    }

    public List<Function> functionsOfColony(String colonyId) {
        return em.createQuery("SELECT f FROM FunctionEntity f WHERE f.colonyId = :c ORDER BY f.funcname",
                FunctionEntity.class).setParameter("c", colonyId).getResultStream().map(FunctionEntity::toWire).toList();
    }

    public List<Function> functionsOfExecutor(String executorId) {
        return em.createQuery("SELECT f FROM FunctionEntity f WHERE f.executorId = :e ORDER BY f.funcname",
                FunctionEntity.class).setParameter("e", executorId).getResultStream().map(FunctionEntity::toWire).toList();
    }

    public FunctionEntity function(String functionId) {
        FunctionEntity f = functionId == null ? null : em.find(FunctionEntity.class, functionId);
        if (f == null) {
            throw new ExecutorException(ErrorKind.NOT_FOUND, "Function not found");
        }
        return f;
    }

    public void deleteFunction(String callerId, String functionId) {
        FunctionEntity f = function(functionId);
        if (!f.executorId().equals(callerId)) {
            throw new ExecutorException(ErrorKind.FORBIDDEN, "Not allowed to delete a function of another executor");
        }
        em.remove(f);
    }

    private void remove(ExecutorEntity executor) {
        // Its running work goes back to the queue so no process is stranded with a deleted assignee.
        processes.requeueRunningOf(executor.id()).forEach(events::publish);
        em.createQuery("DELETE FROM FunctionEntity f WHERE f.executorId = :e").setParameter("e", executor.id())
                .executeUpdate();
        em.remove(executor);
        membership.executorChanged(executor.id());
    }

    private ExecutorEntity findByName(String colonyId, String name) {
        return em.createQuery("SELECT e FROM ExecutorEntity e WHERE e.colonyId = :c AND e.name = :n", ExecutorEntity.class)
                .setParameter("c", colonyId).setParameter("n", name).getResultStream().findFirst().orElse(null);
    }

    private ExecutorEntity require(String executorId) {
        ExecutorEntity e = executorId == null ? null : em.find(ExecutorEntity.class, executorId);
        if (e == null) {
            throw new ExecutorException(ErrorKind.NOT_FOUND, "Executor with Id " + executorId + " does not exist");
        }
        return e;
    }
}
