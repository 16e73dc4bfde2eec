package io.colonies.web.transport;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Collections;

/**
 * Refuses an unreadable {@code Content-Type} or {@code Accept} on the JAX-RS endpoints ({@code /api}
 * and {@code /v1}) with a 400 error envelope or problem+json, instead of the container's HTML page.
 */
@WebFilter(urlPatterns = {"/api", "/api/", "/v1/*"}, asyncSupported = true)
public class MediaTypeFilter extends HttpFilter {
    private final MediaTypeHeaders headers = new MediaTypeHeaders(MediaType::valueOf);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getHeader("Content-Type");
        String problem = headers.problem(contentType, joined(request, "Accept"));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (problem != null) {
            TransportReplies.send(path, response, TransportFault.badHeader(problem));
        } else if (!TransportReplies.isRpc(path) && hasBody(request) && MediaTypeHeaders.isWildcard(contentType)) {
            // RPC keeps accepting any type, as the reference does; REST bodies are JSON
            TransportReplies.send(path, response, TransportFault.unsupportedMediaType("Content-Type '"
                    + MediaTypeHeaders.shown(contentType.trim()) + "' is a wildcard; send the body as application/json"));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** Repeated Accept headers as JAX-RS reads them: one list. */
    private static String joined(HttpServletRequest request, String name) {
        var values = Collections.list(request.getHeaders(name));
        return values.isEmpty() ? null : String.join(",", values);
    }
}
