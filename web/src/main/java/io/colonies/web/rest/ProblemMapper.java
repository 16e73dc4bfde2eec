package io.colonies.web.rest;

import io.colonies.web.transport.TransportFault;
import io.colonies.web.transport.TransportReplies;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
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

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        // the RPC endpoint's body reader failed: answer in the envelope its clients read
        TransportFault transport = TransportFault.find(failure);
        if (transport != null && request != null && TransportReplies.isRpc(
                request.getRequestURI().substring(request.getContextPath().length()))) {
            return TransportReplies.rpcResponse(transport);
        }
        return problems.toResponse(failure);
    }
}
