package io.colonies.server.colony;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;

/** Errors of the colony domain. */
public class ColonyException extends ColoniesException {
    public ColonyException(ErrorKind kind, String message) {
        super(kind, message);
    }

    @Override
    public String domain() {
        return "colony";
    }
}
