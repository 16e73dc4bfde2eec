package it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.colonies.model.security.PrivateKey;
import it.support.Roles.Role;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/** {@link Roles#assertOnly} for REST: refused roles get a 403 problem, allowed ones anything but 403. */
public final class RestRoles {
    private RestRoles() {
    }

    public static void assertOnly(Roles roles, String what, Function<PrivateKey, RestResponse> call, Role... allowed) {
        Set<Role> permitted = allowed.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(allowed[0], allowed);
        for (Role role : Role.values()) {
            if (!permitted.contains(role)) {
                RestResponse response = call.apply(roles.key(role));
                assertEquals(403, response.status(), what + " must refuse " + role + ": " + response);
                assertEquals(403, response.problem().getInt("status"), what);
            }
        }
        for (Role role : permitted) {
            RestResponse response = call.apply(roles.key(role));
            assertNotEquals(403, response.status(), what + " must allow " + role + ": " + response);
        }
    }
}
