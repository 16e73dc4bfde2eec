package io.colonies.server.colony;

import io.colonies.model.core.Colony;
import io.colonies.server.security.ColonyDirectory;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The only owner of {@code colonies}. Joins the caller's transaction; the role checks read it through
 * {@link ColonyDirectory}, outside any transaction as well. A session bean rather than a CDI bean so
 * that the container-managed entity manager also works on threads without a unit of work (WebSocket).
 */
@Stateless
@LocalBean
@Local(ColonyDirectory.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ColonyStore implements ColonyDirectory {
    @PersistenceContext(unitName = "colonies")
    EntityManager em;

    @Override
    public Optional<String> nameOf(String colonyId) {
        return Optional.ofNullable(find(colonyId)).map(c -> c.toWire().name);
    }

    /** The row, or null. */
    public ColonyEntity find(String colonyId) {
        return colonyId == null ? null : em.find(ColonyEntity.class, colonyId);
    }

    public void insert(ColonyEntity colony) {
        em.persist(colony);
    }

    public List<Colony> all() {
        return em.createQuery("SELECT c FROM ColonyEntity c ORDER BY c.name, c.id", ColonyEntity.class)
                .getResultStream().map(ColonyEntity::toWire).toList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(c) FROM ColonyEntity c", Long.class).getSingleResult();
    }

    /** Removes the row; everything in the colony must be gone already (foreign keys). */
    public void remove(ColonyEntity colony) {
        em.remove(colony);
    }
}
