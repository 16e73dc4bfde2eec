package io.colonies.server.process;

import io.colonies.server.error.ColoniesException;

/**
 * What became of one item of a batch close: closed ({@code refusal} null) or refused with the error a
 * single close would have raised.
 */
public record CloseOutcome(String processId, ColoniesException refusal) {
    public static final int CLOSED = 200;

    public boolean closed() {
        return refusal == null;
    }

    /** HTTP-like: 200 when closed, else the refusal's status (400, 403, 404, 409). */
    public int status() {
        return refusal == null ? CLOSED : refusal.kind().status();
    }
}
