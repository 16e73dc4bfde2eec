package io.colonies.server.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * What roles an identity holds, so that a client (the dashboard) can offer only what the caller may
 * do. Read-only and informational: every operation still runs its own {@link Authorizer} check.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Identities {
    @Inject
    MemberDirectory members;

    @Inject
    ColonyDirectory colonyNames;

    @Inject
    ServerOwner serverOwner;

    /** The caller's roles; an identity unknown to this server has none. */
    public Roles rolesOf(Caller caller) {
        List<Membership> colonies = new ArrayList<>();
        colonyNames.nameOf(caller.id()).ifPresent(name ->
                colonies.add(new Membership(caller.id(), name, Membership.OWNER, true, null, null, null)));
        members.find(caller.id()).ifPresent(m -> colonies.add(new Membership(m.colonyValue(),
                colonyNames.nameOf(m.colonyValue()).orElse(null), Membership.EXECUTOR, m.approved(), m.idValue(),
                m.type().value(), m.name())));
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
