package io.colonies.server.security;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;

/** Errors of the security domain. */
public class AuthorizationException extends ColoniesException {
    public AuthorizationException(ErrorKind kind, String message) {
        super(kind, message);
    }

    @Override
    public String domain() {
        return "security";
    }
}
