package io.colonies.web.rest;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;

/** A malformed or invalid REST input: 400, naming the field when it is known. */
public class RestInputException extends ColoniesException {
    private final String field;

    public RestInputException(String field, String message) {
        super(ErrorKind.BAD_REQUEST, message);
        this.field = field;
    }

    /** The offending field (a dotted path into the body, or a parameter name), or null. */
    public String field() {
        return field;
    }

    @Override
    public String domain() {
        return "request";
    }
}
