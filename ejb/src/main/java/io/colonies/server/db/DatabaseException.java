package io.colonies.server.db;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;

/** A database failure that is not a domain rule (lost connection, constraint violation). */
public class DatabaseException extends ColoniesException {
    public DatabaseException(ErrorKind kind, String message) {
        super(kind, message);
    }

    @Override
    public String domain() {
        return "database";
    }
}
