package io.colonies.server.error;

import jakarta.ejb.ApplicationException;

/**
 * Base of the per-domain exception families. Marked as an application exception so EJBs roll back
 * and the exception reaches the web layer unwrapped, where one mapper turns it into a reply.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ColoniesException extends RuntimeException {
    private final ErrorKind kind;

    protected ColoniesException(ErrorKind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The domain, used in the REST problem type (for example "process"). */
    public abstract String domain();
}
