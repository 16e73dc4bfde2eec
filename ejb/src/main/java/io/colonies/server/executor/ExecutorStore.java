package io.colonies.server.executor;

import io.colonies.model.core.Executor;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ExecutorId;
import io.colonies.server.process.AssignReleases;
import io.colonies.server.security.Member;
import io.colonies.server.security.MemberDirectory;
import io.colonies.server.security.MembershipChanges;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The only owner of {@code executors}. Joins the caller's transaction. Every change announces itself
 * to the membership caches of all replicas, so no writer can forget to. A session bean rather than a
 * CDI bean so that the role checks may read it on threads without a unit of work (WebSocket).
 */
@Stateless
@LocalBean
@Local(MemberDirectory.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ExecutorStore implements MemberDirectory {
    @PersistenceContext(unitName = "colonies")
    EntityManager em;

    @Inject
    MembershipChanges membership;

    @Inject
    AssignReleases assignReleases;

    /** The executor as the role checks see it; read outside a transaction as well. */
    @Override
    public Optional<Member> find(String executorId) {
        return Optional.ofNullable(byId(executorId)).map(ExecutorEntity::toMember);
    }

    /** The row, or null. */
    public ExecutorEntity byId(String executorId) {
        return executorId == null ? null : em.find(ExecutorEntity.class, executorId);
    }

    /** The executor, which must exist within the scope (404 otherwise). */
    public ExecutorEntity inScope(ColonyScope scope, ExecutorId id) {
        ExecutorEntity executor = byId(id.value());
        if (executor == null) {
            throw new ExecutorException(ErrorKind.NOT_FOUND, "Executor with Id " + id.value() + " does not exist");
        }
        scope.require(executor.colonyId(), "Executor " + id.value());
        return executor;
    }

    public ExecutorEntity byName(String colonyId, String name) {
        return em.createQuery("SELECT e FROM ExecutorEntity e WHERE e.colonyId = :c AND e.name = :n", ExecutorEntity.class)
                .setParameter("c", colonyId).setParameter("n", name).getResultStream().findFirst().orElse(null);
    }

    public List<Executor> ofColony(String colonyId) {
        return em.createQuery("SELECT e FROM ExecutorEntity e WHERE e.colonyId = :c ORDER BY e.name", ExecutorEntity.class)
                .setParameter("c", colonyId).getResultStream().map(ExecutorEntity::toWire).toList();
    }

    public long count(String colonyIdOrNull) {
        if (colonyIdOrNull == null) {
            return em.createQuery("SELECT COUNT(e) FROM ExecutorEntity e", Long.class).getSingleResult();
        }
        return em.createQuery("SELECT COUNT(e) FROM ExecutorEntity e WHERE e.colonyId = :c", Long.class)
                .setParameter("c", colonyIdOrNull).getSingleResult();
    }

    public void insert(ExecutorEntity executor) {
        em.persist(executor);
    }

    public void changeState(ExecutorEntity executor, int state) {
        executor.changeState(state);
        membership.executorChanged(executor.id());
    }

    /** Removes the row now (flushed), so a re-registration in the same transaction may reuse its name. */
    public void remove(ExecutorEntity executor) {
        em.remove(executor);
        em.flush();
        membership.executorChanged(executor.id());
        assignReleases.executorRemoved(executor.id()); // its long-polls end once this commits
    }

    /** Part of a colony's deletion; its functions must be gone already. */
    public void deleteAllInColony(String colonyId) {
        em.createQuery("DELETE FROM ExecutorEntity e WHERE e.colonyId = :c").setParameter("c", colonyId).executeUpdate();
        membership.colonyRemoved();
    }
}
