package io.colonies.server.security;

import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The role checks of PROTOCOL §3.1, and the only place they are implemented. Use cases call one of
 * these inside their own transaction, after they have loaded the object whose colony decides.
 */
@ApplicationScoped
public class Authorizer {
    @Inject
    ServerOwner serverOwner;

    @Inject
    MembershipCache cache;

    @Inject
    MemberDirectory members;

    @Inject
    ColonyDirectory colonies;

    public void requireServerOwner(Caller caller) {
        if (!serverOwner.is(caller)) {
            throw forbidden("RecoveredID does not match Server Id");
        }
    }

    public void requireColonyOwner(Caller caller, ColonyId colony) {
        requireColonyOwner(caller, colony.value());
    }

    public void requireColonyOwner(Caller caller, String colonyId) {
        if (!caller.id().equals(colonyId)) {
            throw forbidden("RecoveredID does not match Colony Id");
        }
        requireColonyExists(colonyId);
    }

    /** An approved executor of the colony; returns it so callers need not load it again. */
    public Member requireMember(Caller caller, ColonyId colony) {
        return requireMember(caller, colony.value());
    }

    public Member requireMember(Caller caller, String colonyId) {
        Member member = requireMemberAnyState(caller, colonyId);
        if (!member.approved()) {
            throw forbidden("Executor with Id " + caller.id() + " is not approved");
        }
        return member;
    }

    public Member requireMemberAnyState(Caller caller, ColonyId colony) {
        return requireMemberAnyState(caller, colony.value());
    }

    public Member requireMemberAnyState(Caller caller, String colonyId) {
        Member member = lookUp(caller.id());
        // An executor row implies its colony exists (foreign key), so only a miss needs the colony check.
        if (member == null || !member.colonyValue().equals(colonyId)) {
            requireColonyExists(colonyId);
            throw forbidden("Executor with Id " + caller.id() + " is not a member of Colony with Id " + colonyId);
        }
        return member;
    }

    /**
     * Member first, then colony owner; if both fail, the colony-owner error is reported (PROTOCOL §3.1).
     * Returns the member, or null when the caller is the colony owner.
     */
    public Member requireMemberOrOwner(Caller caller, ColonyId colony) {
        return requireMemberOrOwner(caller, colony.value(), true);
    }

    public Member requireMemberOrOwner(Caller caller, String colonyId) {
        return requireMemberOrOwner(caller, colonyId, true);
    }

    public Member requireMemberAnyStateOrOwner(Caller caller, ColonyId colony) {
        return requireMemberOrOwner(caller, colony.value(), false);
    }

    public Member requireMemberAnyStateOrOwner(Caller caller, String colonyId) {
        return requireMemberOrOwner(caller, colonyId, false);
    }

    /** The caller as an executor of any colony, or null; for callers that must learn their role. */
    public Member memberOrNull(Caller caller) {
        return lookUp(caller.id());
    }

    private Member requireMemberOrOwner(Caller caller, String colonyId, boolean approvedOnly) {
        if (caller.id().equals(colonyId)) {
            requireColonyOwner(caller, colonyId);
            return null;
        }
        try {
            return approvedOnly ? requireMember(caller, colonyId) : requireMemberAnyState(caller, colonyId);
        } catch (AuthorizationException notMember) {
            requireColonyOwner(caller, colonyId);
            return null;
        }
    }

    private Member lookUp(String executorId) {
        Member member = cache.get(executorId);
        if (member == null) {
            member = members.find(executorId).orElse(null);
            if (member != null) {
                cache.put(member);
            }
        }
        return member;
    }

    private void requireColonyExists(String colonyId) {
        if (colonyId == null || !colonies.exists(colonyId)) {
            throw forbidden("Colony " + colonyId + " does not exists");
        }
    }

    private static AuthorizationException forbidden(String message) {
        return new AuthorizationException(ErrorKind.FORBIDDEN, message);
    }
}
