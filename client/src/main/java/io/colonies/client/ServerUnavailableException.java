package io.colonies.client;

/**
 * The server answered 503 (a transient fault such as a lost database connection) and kept answering it
 * through the transport's bounded retries. A {@link ServerUnreachableException}, so loops that wait out
 * an outage (the executor loop) also wait out this one.
 */
public class ServerUnavailableException extends ServerUnreachableException {
    private static final long serialVersionUID = 1L;

    public ServerUnavailableException(String baseUrl, String message) {
        super(baseUrl, "temporarily unavailable (HTTP 503): " + message, null);
    }
}
