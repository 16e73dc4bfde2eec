package io.colonies.client;

/**
 * The server answered with an error reply ({@code error: true}, PROTOCOL §1.3). Carries the failure's
 * status and the server's message unchanged, because clients are expected to show that text.
 */
public class ColoniesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public ColoniesException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The status of the failure payload (mirrors the HTTP status, e.g. 403, 404, 500). */
    public int status() {
        return status;
    }

    /** 404 is what {@code assignprocessmsg} answers when there is nothing to assign. */
    public boolean isNotFound() {
        return status == 404;
    }
}
