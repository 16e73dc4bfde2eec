package io.colonies.web.rest.security;

import io.colonies.server.security.Caller;
import io.colonies.server.security.ReplayGuard;
import jakarta.enterprise.context.RequestScoped;

/**
 * The caller of the current signed request, set by the {@link SignatureFilter}. A request-scoped
 * bean rather than the JAX-RS SecurityContext, which the container may answer from servlet security.
 */
@RequestScoped
public class SignedCaller {
    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    /** The recovered caller; a 401 if the request was not authenticated by the filter. */
    public Caller get() {
        if (caller == null) {
            throw ReplayGuard.unauthorized("The request is not signed");
        }
        return caller;
    }

    /** The caller's id, for defaults such as a function's executor. */
    public String id() {
        return get().id();
    }
}
