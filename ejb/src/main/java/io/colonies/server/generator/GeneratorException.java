package io.colonies.server.generator;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;

/** Errors of the generator domain. */
public class GeneratorException extends ColoniesException {
    public GeneratorException(ErrorKind kind, String message) {
        super(kind, message);
    }

    @Override
    public String domain() {
        return "generator";
    }
}
