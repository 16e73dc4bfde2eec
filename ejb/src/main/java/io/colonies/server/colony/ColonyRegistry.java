package io.colonies.server.colony;

import io.colonies.server.security.ColonyDirectory;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The colony table as the role checks see it. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ColonyRegistry implements ColonyDirectory {
    @PersistenceContext(unitName = "colonies")
    EntityManager em;

    @Override
    public Optional<String> nameOf(String colonyId) {
        return Optional.ofNullable(em.find(ColonyEntity.class, colonyId)).map(c -> c.toWire().name);
    }
}
