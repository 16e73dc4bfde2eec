package io.colonies.web.connection;

import io.colonies.server.connection.TcpEndpoints;
import jakarta.servlet.http.HttpServletRequest;

/** Both ends of the connection a servlet request arrived on. */
public final class RequestConnection {
    private RequestConnection() {
    }

    /** Null when not known: outside a request, or addresses that are not IP literals. */
    public static TcpEndpoints of(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        try {
            return TcpEndpoints.ofLiterals(request.getLocalAddr(), request.getLocalPort(), request.getRemoteAddr(),
                    request.getRemotePort());
        } catch (RuntimeException notInARequest) {
            // e.g. the CDI proxy of the request used outside an active request
            return null;
        }
    }
}
