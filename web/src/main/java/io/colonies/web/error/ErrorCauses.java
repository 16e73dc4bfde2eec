package io.colonies.web.error;

import io.colonies.server.error.ColoniesException;

/** Finds the domain exception inside container wrappers (EJBException, CompletionException, …). */
public final class ErrorCauses {
    private ErrorCauses() {
    }

    public static ColoniesException domainCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ColoniesException known) {
                return known;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
