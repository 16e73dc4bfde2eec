package io.colonies.web.rpc;

import io.colonies.server.security.Member;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import java.util.function.Function;

/**
 * The role an operation requires (PROTOCOL §3.2), declared next to the operation and evaluated by the
 * dispatcher through the {@link Authorizer}. The colony to check comes from the message or, for
 * operations on an existing object, from looking that object up.
 */
@FunctionalInterface
public interface Access<M> {
    /** Checks the caller; returns the calling executor when the role is a membership, else null. */
    Member check(Authorizer authorizer, Caller caller, M message);

    static <M> Access<M> anyone() {
        return (a, c, m) -> null;
    }

    static <M> Access<M> serverOwner() {
        return (a, c, m) -> {
            a.requireServerOwner(c);
            return null;
        };
    }

    static <M> Access<M> colonyOwner(Function<M, String> colony) {
        return (a, c, m) -> {
            a.requireColonyOwner(c, colony.apply(m));
            return null;
        };
    }

    static <M> Access<M> member(Function<M, String> colony) {
        return (a, c, m) -> a.requireMember(c, colony.apply(m));
    }

    static <M> Access<M> memberOrOwner(Function<M, String> colony) {
        return (a, c, m) -> {
            a.requireMemberOrOwner(c, colony.apply(m));
            return null;
        };
    }

    static <M> Access<M> memberAnyStateOrOwner(Function<M, String> colony) {
        return (a, c, m) -> {
            a.requireMemberAnyStateOrOwner(c, colony.apply(m));
            return null;
        };
    }
}
