package io.colonies.web.transport;

import java.io.IOException;

/**
 * A request the transport refused: its body too large, too slow or badly framed, or a header that
 * cannot be read.
 * An {@link IOException} so it travels through the body readers of JAX-RS unchanged; the error
 * mappers find it in the cause chain and answer its status instead of a 500.
 */
public class TransportFault extends IOException {
    private final int status;
    private final String slug;

    private TransportFault(int status, String slug, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.slug = slug;
    }

    public static TransportFault tooLarge(long limit) {
        return new TransportFault(413, "payload-too-large",
                "Request body exceeds the limit of " + limit + " bytes (COLONIES_MAX_REQUEST_BYTES)", null);
    }

    public static TransportFault tooSlow(int seconds) {
        return new TransportFault(408, "request-timeout",
                "Request body not received within " + seconds + " s (COLONIES_READ_TIMEOUT_SECONDS)", null);
    }

    public static TransportFault malformed(String why, Throwable cause) {
        return new TransportFault(400, "bad-request", "Malformed request body framing: " + why, cause);
    }

    /** A request header the endpoint cannot read, refused before the body is touched. */
    public static TransportFault badHeader(String why) {
        return new TransportFault(400, "bad-request", "Malformed request header: " + why, null);
    }

    public static TransportFault unsupportedMediaType(String why) {
        return new TransportFault(415, "unsupported-media-type", why, null);
    }

    public int status() {
        return status;
    }

    /** The REST problem type suffix. */
    public String slug() {
        return slug;
    }

    /** The transport fault inside container wrappers, or null. */
    public static TransportFault find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TransportFault fault) {
                return fault;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
