package io.colonies.server.security;

import io.colonies.server.colony.ColonyEntity;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.executor.ExecutorEntity;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The role checks of PROTOCOL §3.1, and the only place they are implemented. Handlers declare which
 * role an operation needs; the dispatcher calls one of these before the operation runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Authorizer {
    @PersistenceContext(unitName = "colonies")
    EntityManager em;

    @Inject
    ServerOwner serverOwner;

    @Inject
    MembershipCache cache;

    public void requireServerOwner(Caller caller) {
        if (!serverOwner.is(caller)) {
            throw forbidden("RecoveredID does not match Server Id");
        }
    }

    public void requireColonyOwner(Caller caller, String colonyId) {
        if (!caller.id().equals(colonyId)) {
            throw forbidden("RecoveredID does not match Colony Id");
        }
        requireColonyExists(colonyId);
    }

    /** An approved executor of the colony; returns it so callers need not load it again. */
    public ExecutorEntity requireMember(Caller caller, String colonyId) {
        ExecutorEntity executor = requireMemberAnyState(caller, colonyId);
        if (!executor.isApproved()) {
            throw forbidden("Executor with Id " + caller.id() + " is not approved");
        }
        return executor;
    }

    public ExecutorEntity requireMemberAnyState(Caller caller, String colonyId) {
        ExecutorEntity executor = cache.get(caller.id());
        if (executor == null) {
            executor = em.find(ExecutorEntity.class, caller.id());
            if (executor != null) {
                em.detach(executor);
                cache.put(executor);
            }
        }
        // An executor row implies its colony exists (foreign key), so only a miss needs the colony check.
        if (executor == null || !executor.colonyId().equals(colonyId)) {
            requireColonyExists(colonyId);
            throw forbidden("Executor with Id " + caller.id() + " is not a member of Colony with Id " + colonyId);
        }
        return executor;
    }

    /** Member first, then colony owner; if both fail, the colony-owner error is reported (PROTOCOL §3.1). */
    public void requireMemberOrOwner(Caller caller, String colonyId) {
        requireMemberOrOwner(caller, colonyId, true);
    }

    public void requireMemberAnyStateOrOwner(Caller caller, String colonyId) {
        requireMemberOrOwner(caller, colonyId, false);
    }

    private void requireMemberOrOwner(Caller caller, String colonyId, boolean approvedOnly) {
        if (caller.id().equals(colonyId)) {
            requireColonyOwner(caller, colonyId);
            return;
        }
        try {
            if (approvedOnly) {
                requireMember(caller, colonyId);
            } else {
                requireMemberAnyState(caller, colonyId);
            }
        } catch (AuthorizationException notMember) {
            requireColonyOwner(caller, colonyId);
        }
    }

    private void requireColonyExists(String colonyId) {
        if (colonyId == null || em.find(ColonyEntity.class, colonyId) == null) {
            throw forbidden("Colony " + colonyId + " does not exists");
        }
    }

    private static AuthorizationException forbidden(String message) {
        return new AuthorizationException(ErrorKind.FORBIDDEN, message);
    }
}
