package io.colonies.server.executor;

import io.colonies.server.security.Member;
import io.colonies.server.security.MemberDirectory;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The executor table as the role checks see it. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ExecutorDirectory implements MemberDirectory {
    @PersistenceContext(unitName = "colonies")
    EntityManager em;

    @Override
    public Optional<Member> find(String executorId) {
        ExecutorEntity executor = em.find(ExecutorEntity.class, executorId);
        return Optional.ofNullable(executor).map(ExecutorEntity::toMember);
    }
}
