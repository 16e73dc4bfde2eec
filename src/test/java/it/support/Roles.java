package it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.colonies.model.security.PrivateKey;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every kind of caller of PROTOCOL §3.2 for one colony, and an assertion that exactly the allowed
 * ones get past authorization. Forbidden callers are tried first, so a mutating call only runs for
 * the allowed ones.
 */
public final class Roles {
    /** The callers a security test tries. */
    public enum Role { SERVER_OWNER, COLONY_OWNER, MEMBER, UNAPPROVED_MEMBER, OTHER_COLONY_OWNER, OTHER_COLONY_MEMBER, STRANGER }

    private final Map<Role, PrivateKey> keys = new EnumMap<>(Role.class);
    private final TestColony colony;
    private final TestExecutor member;

    public Roles(Rpc rpc, String executorType) {
        colony = Fixtures.newColony(rpc);
        member = colony.executor(executorType);
        TestColony other = Fixtures.newColony(rpc);
        keys.put(Role.SERVER_OWNER, Keys.SERVER);
        keys.put(Role.COLONY_OWNER, colony.key());
        keys.put(Role.MEMBER, member.key());
        keys.put(Role.UNAPPROVED_MEMBER, colony.register(executorType).key());
        keys.put(Role.OTHER_COLONY_OWNER, other.key());
        keys.put(Role.OTHER_COLONY_MEMBER, other.executor(executorType).key());
        keys.put(Role.STRANGER, PrivateKey.generate());
    }

    public TestColony colony() {
        return colony;
    }

    public TestExecutor member() {
        return member;
    }

    public PrivateKey key(Role role) {
        return keys.get(role);
    }

    /** Asserts 403 for every role not in {@code allowed}, and anything but 403 for the allowed ones. */
    public void assertOnly(String what, Function<PrivateKey, Reply> call, Role... allowed) {
        Set<Role> permitted = allowed.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(allowed[0], allowed);
        for (Role role : Role.values()) {
            if (!permitted.contains(role)) {
                Reply reply = call.apply(keys.get(role));
                assertEquals(403, reply.status(), what + " must refuse " + role + ": " + reply);
            }
        }
        for (Role role : permitted) {
            Reply reply = call.apply(keys.get(role));
            assertNotEquals(403, reply.status(), what + " must allow " + role + ": " + reply);
        }
    }
}
