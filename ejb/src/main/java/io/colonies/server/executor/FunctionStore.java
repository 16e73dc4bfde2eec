package io.colonies.server.executor;

import io.colonies.model.core.Function;
import io.colonies.server.db.Sql;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Every statement on {@code functions}: the registry rows through JPA, and the run statistics that a
 * close updates in one guarded SQL statement. Joins the caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FunctionStore {
    /** The averages are the reference's halving moving average, kept for compatibility. */
    private static final String RECORD_RUN = "UPDATE functions SET counter = counter + 1,"
            + " min_wait_time = CASE WHEN min_wait_time > 0 THEN LEAST(min_wait_time, ?) ELSE ? END,"
            + " max_wait_time = CASE WHEN max_wait_time > 0 THEN GREATEST(max_wait_time, ?) ELSE ? END,"
            + " min_exec_time = CASE WHEN min_exec_time > 0 THEN LEAST(min_exec_time, ?) ELSE ? END,"
            + " max_exec_time = CASE WHEN max_exec_time > 0 THEN GREATEST(max_exec_time, ?) ELSE ? END,"
            + " avg_wait_time = CASE WHEN avg_wait_time > 0 THEN (avg_wait_time + ?) / 2 ELSE ? END,"
            + " avg_exec_time = CASE WHEN avg_exec_time > 0 THEN (avg_exec_time + ?) / 2 ELSE ? END"
            + " WHERE executor_id = ? AND funcname = ?";

    @PersistenceContext(unitName = "colonies")
    EntityManager em;

    @Inject
    Sql sql;

    /** One successful run of {@code funcname} on the executor: counter, min/max/average times. */
    public void recordRun(String executorId, String funcname, double wait, double exec) {
        sql.update(RECORD_RUN, wait, wait, wait, wait, exec, exec, exec, exec, wait, wait, exec, exec,
                executorId, funcname);
    }

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
