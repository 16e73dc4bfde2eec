package io.colonies.web.transport;

import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.web.rest.Problem;
import io.colonies.web.rest.Problems;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The reply to a {@link TransportFault}, in the shape the endpoint's clients read: the RPC error
 * envelope on {@code /api}, problem+json elsewhere. Always closes the connection, since the rest
 * of the body is unread.
 */
public final class TransportReplies {
    public static final String RPC_PATH = "/api";

    private TransportReplies() {
    }

    public static boolean isRpc(String path) {
        return RPC_PATH.equals(path) || (RPC_PATH + "/").equals(path);
    }

    public static String contentType(String path) {
        return isRpc(path) ? MediaType.APPLICATION_JSON : Problem.MEDIA_TYPE;
    }

    public static String body(String path, TransportFault fault) {
        if (isRpc(path)) {
            return WireJson.toJson(Envelopes.failure(fault.status(), fault.getMessage()));
        }
        Problem p = new Problem();
        p.type = Problems.TYPE_BASE + "http/" + fault.slug();
        p.title = reason(fault.status());
        p.status = fault.status();
        p.detail = fault.getMessage();
        p.instance = "urn:uuid:" + UUID.randomUUID();
        return WireJson.toJson(p);
    }

    /** Answers a request that never reaches JAX-RS, from a servlet filter. */
    public static void send(String path, HttpServletResponse response, TransportFault fault) throws IOException {
        response.setStatus(fault.status());
        response.setHeader("Connection", "close");
        response.setContentType(contentType(path));
        byte[] body = body(path, fault).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** The JAX-RS form, for the RPC endpoint whose body reader failed. */
    public static Response rpcResponse(TransportFault fault) {
        return Response.status(fault.status()).type(MediaType.APPLICATION_JSON)
                .entity(Envelopes.failure(fault.status(), fault.getMessage()))
                .header("Connection", "close").build();
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
