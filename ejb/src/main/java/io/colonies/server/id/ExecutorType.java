package io.colonies.server.id;

import io.colonies.server.error.InvalidInputException;

/** An executor type, the name of a queue lane within a colony ("" = any type, where a filter allows it). */
public record ExecutorType(String value) {
    public static final int MAX_LENGTH = 256;

    public ExecutorType {
        value = value == null ? "" : value;
        if (value.length() > MAX_LENGTH || value.indexOf('\0') >= 0) {
            throw new InvalidInputException("Invalid executor type: at most " + MAX_LENGTH
                    + " characters without NUL");
        }
    }

    public static ExecutorType of(String raw) {
        return new ExecutorType(raw);
    }

    public boolean isAny() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return value;
    }
}
