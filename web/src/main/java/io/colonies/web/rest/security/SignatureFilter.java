package io.colonies.web.rest.security;

import io.colonies.model.security.CryptoException;
import io.colonies.model.security.RestSignature;
import io.colonies.server.security.AuthorizationException;
import io.colonies.server.metrics.SecurityMetrics;
import io.colonies.server.security.Caller;
import io.colonies.server.security.ReplayGuard;
import io.colonies.web.rest.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Authenticates every {@link Signed} request (docs/security.md): rebuilds the canonical request from
 * what was actually received, recovers the signer, then lets the {@link ReplayGuard} refuse a stale
 * timestamp or a used nonce. Any failure is a 401 problem; the resource never runs.
 */
@Signed
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SignatureFilter implements ContainerRequestFilter {
    @Context
    HttpServletRequest servletRequest;

    @Inject
    ReplayGuard replays;

    @Inject
    Problems problems;

    @Inject
    SignedCaller signedCaller;

    @Inject
    SecurityMetrics securityMetrics;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        try {
            signedCaller.set(authenticate(request, body));
        } catch (AuthorizationException e) {
            request.abortWith(problems.toResponse(e));
        }
    }

    private Caller authenticate(ContainerRequestContext request, byte[] body) {
        String signature = request.getHeaderString(RestSignature.SIGNATURE_HEADER);
        String timestamp = request.getHeaderString(RestSignature.TIMESTAMP_HEADER);
        String nonce = request.getHeaderString(RestSignature.NONCE_HEADER);
        requirePresent(signature, timestamp, nonce);
        long seconds = RestSignature.parseTimestamp(timestamp);
        if (seconds < 0) {
            throw ReplayGuard.unauthorized(RestSignature.TIMESTAMP_HEADER + " must be Unix time in seconds"
                    + " (decimal digits, no leading zeros), got '" + timestamp + "'");
        }
        if (!RestSignature.isValidNonce(nonce)) {
            throw ReplayGuard.unauthorized(RestSignature.NONCE_HEADER
                    + " must be 16 to 128 characters of A-Z, a-z, 0-9, '-' and '_'");
        }
        String canonical = RestSignature.canonicalRequest(request.getMethod(), pathWithQuery(), timestamp, nonce, body);
        Caller caller;
        try {
            caller = new Caller(RestSignature.recoverId(canonical, signature));
        } catch (CryptoException e) {
            securityMetrics.signatureFailed(SecurityMetrics.REST);
            throw ReplayGuard.unauthorized("Invalid " + RestSignature.SIGNATURE_HEADER + ": " + e.getMessage());
        }
        replays.requireFresh(caller, seconds, nonce);
        return caller;
    }

    /** The request target exactly as the client sent it: raw path and raw query, nothing decoded. */
    private String pathWithQuery() {
        String query = servletRequest.getQueryString();
        return servletRequest.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static void requirePresent(String signature, String timestamp, String nonce) {
        List<String> missing = new ArrayList<>();
        if (signature == null || signature.isEmpty()) {
            missing.add(RestSignature.SIGNATURE_HEADER);
        }
        if (timestamp == null || timestamp.isEmpty()) {
            missing.add(RestSignature.TIMESTAMP_HEADER);
        }
        if (nonce == null || nonce.isEmpty()) {
            missing.add(RestSignature.NONCE_HEADER);
        }
        if (!missing.isEmpty()) {
            throw ReplayGuard.unauthorized("Missing request signature header(s) " + String.join(", ", missing)
                    + "; see docs/security.md");
        }
    }
}
