package io.colonies.server.id;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;

/**
 * Where a request looks for an object. REST names the colony in its path, and an object of another
 * colony is not found there (404); RPC names only the object, so any colony will do ({@link #ANY}).
 * Use cases check the scope in the same transaction that loads the object.
 */
public record ColonyScope(ColonyId colony) {
    public static final ColonyScope ANY = new ColonyScope(null);

    public static ColonyScope of(ColonyId colony) {
        return new ColonyScope(colony);
    }

    public static ColonyScope of(String colonyId) {
        return new ColonyScope(ColonyId.of(colonyId));
    }

    /** A 404 unless the object lives in this scope. */
    public void require(String actualColonyId, String what) {
        if (colony != null && !colony.value().equals(actualColonyId)) {
            throw new OutOfScopeException(what + " does not exist in colony " + colony.value());
        }
    }

    /** Not found under this colony's path. */
    public static final class OutOfScopeException extends ColoniesException {
        public OutOfScopeException(String message) {
            super(ErrorKind.NOT_FOUND, message);
        }

        @Override
        public String domain() {
            return "request";
        }
    }
}
