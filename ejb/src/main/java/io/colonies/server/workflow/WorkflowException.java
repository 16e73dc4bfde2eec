package io.colonies.server.workflow;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;

/** Errors of the workflow domain. */
public class WorkflowException extends ColoniesException {
    public WorkflowException(ErrorKind kind, String message) {
        super(kind, message);
    }

    @Override
    public String domain() {
        return "workflow";
    }
}
