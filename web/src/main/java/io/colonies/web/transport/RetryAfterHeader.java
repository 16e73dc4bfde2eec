package io.colonies.web.transport;

import io.colonies.server.db.TransientFaults;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Every 503, REST problem or RPC envelope alike, tells the client when to retry (RFC 9110 §10.2.3),
 * so SDKs can tell a transient fault from a failure.
 */
@Provider
public class RetryAfterHeader implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 503 && !response.getHeaders().containsKey(HttpHeaders.RETRY_AFTER)) {
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, String.valueOf(TransientFaults.RETRY_AFTER_SECONDS));
        }
    }
}
