package io.colonies.server.executor;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;

/** Errors of the executor domain. */
public class ExecutorException extends ColoniesException {
    public ExecutorException(ErrorKind kind, String message) {
        super(kind, message);
    }

    @Override
    public String domain() {
        return "executor";
    }
}
