package io.colonies.server.security;

import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ExecutorId;
import io.colonies.server.id.ExecutorType;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The real {@link Authorizer}, over in-memory colonies and executors instead of the tables. */
public final class Roles {
    private Roles() {
    }

    /** An approved executor of the colony, signing as {@code caller}. */
    public static Member approved(Caller caller, String colonyId) {
        return new Member(ExecutorId.of(caller.id()), ColonyId.of(colonyId), ExecutorType.of("cli"), "test", true);
    }

    /** Role checks that know these members and their colonies, no server owner and no cache. */
    public static Authorizer of(Member... members) {
        Map<String, Member> byId = Arrays.stream(members).collect(Collectors.toMap(Member::idValue, Function.identity()));
        Authorizer authorizer = new Authorizer();
        authorizer.members = id -> Optional.ofNullable(byId.get(id));
        authorizer.colonies = colonyId -> byId.values().stream().anyMatch(m -> m.colonyValue().equals(colonyId))
                ? Optional.of("colony") : Optional.empty();
        authorizer.cache = new MembershipCache();
        authorizer.serverOwner = new ServerOwner() {
            @Override
            public boolean is(Caller caller) {
                return false;
            }
        };
        return authorizer;
    }
}
