package io.colonies.server.process;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;

/** Errors of the process domain. */
public class ProcessException extends ColoniesException {
    public ProcessException(ErrorKind kind, String message) {
        super(kind, message);
    }

    static ProcessException notFound(String processId) {
        return new ProcessException(ErrorKind.NOT_FOUND, "Process with Id " + processId + " does not exist");
    }

    @Override
    public String domain() {
        return "process";
    }
}
