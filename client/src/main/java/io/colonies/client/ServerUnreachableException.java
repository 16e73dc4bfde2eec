package io.colonies.client;

/**
 * No reply came back from the server (refused, unresolvable host, reset, timed out). Kept apart from
 * {@link ColoniesException} because callers retry this one and never retry a server's refusal.
 */
public class ServerUnreachableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServerUnreachableException(String baseUrl, String reason, Throwable cause) {
        super("Cannot reach the Colonies server at " + baseUrl + ": " + reason, cause);
    }
}
