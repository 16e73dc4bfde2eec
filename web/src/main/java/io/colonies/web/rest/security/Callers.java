package io.colonies.web.rest.security;

import io.colonies.server.security.Caller;
import io.colonies.server.security.ReplayGuard;
import jakarta.ws.rs.core.SecurityContext;

/** The caller of a signed request, as the {@link SignatureFilter} recovered it. */
public final class Callers {
    private Callers() {
    }

    public static Caller of(SecurityContext security) {
        if (security == null || !(security instanceof CallerContext) || security.getUserPrincipal() == null) {
            throw ReplayGuard.unauthorized("The request is not signed");
        }
        return new Caller(security.getUserPrincipal().getName());
    }
}
