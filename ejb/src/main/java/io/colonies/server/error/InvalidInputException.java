package io.colonies.server.error;

/** A value a client sent that no domain could accept: a malformed id, a field out of range. */
public class InvalidInputException extends ColoniesException {
    public InvalidInputException(String message) {
        super(ErrorKind.BAD_REQUEST, message);
    }

    @Override
    public String domain() {
        return "request";
    }
}
