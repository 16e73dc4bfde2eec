package io.colonies.client.executor;

import java.util.List;

/** Thrown by a handler to fail a process with several error texts (the {@code errors} of closefailed). */
public class ProcessFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    public ProcessFailedException(List<String> errors) {
        super(errors.isEmpty() ? "failed" : String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public ProcessFailedException(String error) {
        this(List.of(error));
    }

    public List<String> errors() {
        return errors;
    }
}
