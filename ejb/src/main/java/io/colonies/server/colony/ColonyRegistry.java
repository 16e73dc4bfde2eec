package io.colonies.server.colony;

import io.colonies.server.security.ColonyDirectory;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The colony table as the role checks see it. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ColonyRegistry implements ColonyDirectory {
    @PersistenceContext(unitName = "colonies")
    EntityManager em;

    @Override
    public boolean exists(String colonyId) {
        return em.find(ColonyEntity.class, colonyId) != null;
    }
}
