package io.colonies.server.process;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;

/** Errors of the process domain. */
public class ProcessException extends ColoniesException {
    public ProcessException(ErrorKind kind, String message) {
        super(kind, message);
    }

    @Override
    public String domain() {
        return "process";
    }
}
