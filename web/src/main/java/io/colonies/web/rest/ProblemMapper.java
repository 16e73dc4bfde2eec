package io.colonies.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Maps every exception that leaves a JAX-RS resource to problem+json; {@link Problems} decides the
 * status and type. The RPC endpoint answers its own errors in envelopes and never gets here.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    @Inject
    Problems problems;

    @Override
    public Response toResponse(Throwable failure) {
        return problems.toResponse(failure);
    }
}
