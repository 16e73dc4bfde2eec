package io.colonies.web.rest.security;

import io.colonies.model.security.RestSignature;
import io.colonies.server.security.Caller;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The security context of a signed request: the principal's name is the recovered caller id. */
final class CallerContext implements SecurityContext {
    private final Caller caller;
    private final boolean secure;

    CallerContext(Caller caller, boolean secure) {
        this.caller = caller;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return caller::id;
    }

    /** Roles depend on the colony of each request, so they are checked by the Authorizer, not here. */
    @Override
    public boolean isUserInRole(String role) {
        return false;
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return RestSignature.SIGNATURE_HEADER;
    }
}
