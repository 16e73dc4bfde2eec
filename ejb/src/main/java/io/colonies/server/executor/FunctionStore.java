package io.colonies.server.executor;

import io.colonies.model.core.Function;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The function registry rows of {@code functions}; joins the caller's transaction. The run
 * statistics columns are updated on close by {@link FunctionStatistics}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FunctionStore {
    @PersistenceContext(unitName = "colonies")
    EntityManager em;

    /** The row, or null. */
    public FunctionEntity byId(String functionId) {
        return functionId == null ? null : em.find(FunctionEntity.class, functionId);
    }

    public boolean exists(String executorId, String funcname) {
        return em.createQuery("SELECT COUNT(f) FROM FunctionEntity f WHERE f.executorId = :e AND f.funcname = :n",
                Long.class).setParameter("e", executorId).setParameter("n", funcname).getSingleResult() > 0;
    }

    public void insert(FunctionEntity function) {
        em.persist(function);
    }

    public List<Function> ofColony(String colonyId) {
        return em.createQuery("SELECT f FROM FunctionEntity f WHERE f.colonyId = :c ORDER BY f.funcname",
                FunctionEntity.class).setParameter("c", colonyId).getResultStream().map(FunctionEntity::toWire).toList();
    }

    public List<Function> ofExecutor(String executorId) {
        return em.createQuery("SELECT f FROM FunctionEntity f WHERE f.executorId = :e ORDER BY f.funcname",
                FunctionEntity.class).setParameter("e", executorId).getResultStream().map(FunctionEntity::toWire).toList();
    }

    public void remove(FunctionEntity function) {
        em.remove(function);
    }

    public void deleteOfExecutor(String executorId) {
        em.createQuery("DELETE FROM FunctionEntity f WHERE f.executorId = :e").setParameter("e", executorId)
                .executeUpdate();
    }

    public void deleteAllInColony(String colonyId) {
        em.createQuery("DELETE FROM FunctionEntity f WHERE f.colonyId = :c").setParameter("c", colonyId).executeUpdate();
    }
}
