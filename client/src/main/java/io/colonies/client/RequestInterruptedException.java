package io.colonies.client;

/**
 * The calling thread was interrupted while waiting for a reply. The interrupt flag is set again, so
 * loops that stop by interrupting a long-poll can see why the call ended.
 */
public class RequestInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RequestInterruptedException(InterruptedException cause) {
        super("Interrupted while waiting for the Colonies server", cause);
    }
}
