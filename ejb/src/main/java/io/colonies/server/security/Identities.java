package io.colonies.server.security;

import io.colonies.server.colony.ColonyEntity;
import io.colonies.server.executor.ExecutorEntity;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * What roles an identity holds, so that a client (the dashboard) can offer only what the caller may
 * do. Read-only and informational: every operation still runs its own {@link Authorizer} check.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Identities {
    @PersistenceContext(unitName = "colonies")
    EntityManager em;

    @Inject
    ServerOwner serverOwner;

    /** The caller's roles; an identity unknown to this server has none. */
    public Roles rolesOf(Caller caller) {
        List<Membership> colonies = new ArrayList<>();
        ColonyEntity owned = em.find(ColonyEntity.class, caller.id());
        if (owned != null) {
            colonies.add(new Membership(owned.id(), owned.toWire().name, Membership.OWNER, true, null, null, null));
        }
        ExecutorEntity executor = em.find(ExecutorEntity.class, caller.id());
        if (executor != null) {
            ColonyEntity colony = em.find(ColonyEntity.class, executor.colonyId());
            colonies.add(new Membership(executor.colonyId(), colony == null ? null : colony.toWire().name,
                    Membership.EXECUTOR, executor.isApproved(), executor.id(), executor.type(), executor.name()));
        }
        return new Roles(caller.id(), serverOwner.is(caller), List.copyOf(colonies));
    }

    /** The identity's roles over the whole server. */
    public record Roles(String id, boolean serverOwner, List<Membership> colonies) {
    }

    /** One colony the identity owns or is an executor of (then with its executor's id, type, name). */
    public record Membership(String colonyId, String colonyName, String role, boolean approved,
                             String executorId, String executorType, String executorName) {
        public static final String OWNER = "owner";
        public static final String EXECUTOR = "executor";
    }
}
