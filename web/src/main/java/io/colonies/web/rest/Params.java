package io.colonies.web.rest;

import io.colonies.model.core.ProcessState;
import io.colonies.server.process.ProcessService;
import java.util.Locale;

/**
 * Query parameters of the REST API, parsed here rather than by JAX-RS so that a bad value is a 400
 * naming the parameter (JAX-RS would answer a bare 404 for an unconvertible query parameter).
 */
public final class Params {
    /** Page size when {@code limit} is absent. */
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = ProcessService.MAX_COUNT;

    private Params() {
    }

    /** A process or workflow state by name (waiting, running, success, failed, cancelled) or number 0–4. */
    public static int state(String value) {
        if (value == null || value.isBlank()) {
            throw new RestInputException("state", "Query parameter 'state' is required (waiting, running, success, failed, cancelled)");
        }
        return optionalState(value, ProcessState.NOTSET);
    }

    public static int optionalState(String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        for (int s = ProcessState.WAITING; s <= ProcessState.CANCELLED; s++) {
            if (ProcessState.name(s).equals(v) || Integer.toString(s).equals(v)) {
                return s;
            }
        }
        throw new RestInputException("state", "Query parameter 'state' must be one of waiting, running, success,"
                + " failed, cancelled (or 0-4), got '" + value + "'");
    }

    public static int limit(String value) {
        int limit = integer("limit", value, DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RestInputException("limit", "Query parameter 'limit' must be between 1 and " + MAX_LIMIT
                    + ", got " + limit);
        }
        return limit;
    }

    public static int integer(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new RestInputException(name, "Query parameter '" + name + "' must be an integer, got '" + value + "'");
        }
    }

    /** An optional boolean query parameter: true or false, absent is false. */
    public static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new RestInputException(name, "Query parameter '" + name + "' must be true or false, got '"
                    + value + "'");
        };
    }

    public static <T> T body(T value, String what) {
        if (value == null) {
            throw new RestInputException(null, "A JSON body (" + what + ") is required");
        }
        return value;
    }
}
