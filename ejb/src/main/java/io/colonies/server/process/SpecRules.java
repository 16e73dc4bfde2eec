package io.colonies.server.process;

import io.colonies.model.core.Conditions;
import io.colonies.model.core.FunctionSpec;
import io.colonies.server.error.ErrorKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/** Validation and normalisation shared by every way a process is created. */
public final class SpecRules {
    /**
     * The longest maxwaittime, maxexectime or history window accepted, in seconds: 100 years. Larger
     * values (up to 2^63-1 fit a long) would overflow the time arithmetic of deadlines.
     */
    public static final long MAX_DURATION_SECONDS = 100L * 36525 * 86400 / 100;
    /** The longest funcname and executor type accepted, in characters (they are indexed columns). */
    public static final int MAX_NAME_LENGTH = 256;

    private SpecRules() {
    }

    /** A duration in seconds (maxwaittime, maxexectime, seconds) beyond {@link #MAX_DURATION_SECONDS} is a 400. */
    public static void requireDuration(String field, long seconds) {
        if (seconds > MAX_DURATION_SECONDS) {
            throw new ProcessException(ErrorKind.BAD_REQUEST,
                    field + " " + seconds + " is larger than the maximum of " + MAX_DURATION_SECONDS + " seconds (100 years)");
        }
    }

    /** A name longer than {@link #MAX_NAME_LENGTH} characters is a 400 naming the field. */
    public static void requireNameLength(String field, String value) {
        if (value != null && value.length() > MAX_NAME_LENGTH) {
            throw new ProcessException(ErrorKind.BAD_REQUEST,
                    field + " is longer than the maximum of " + MAX_NAME_LENGTH + " characters");
        }
    }

    /**
     * A process nobody can ever be assigned is a user error, reported now rather than discovered
     * as a process that waits forever. Missing lists become empty so storage and replies agree.
     */
    public static void requireAssignable(FunctionSpec spec) {
        if (spec.conditions == null) {
            spec.conditions = new Conditions();
        }
        if (spec.conditions.executortype == null || spec.conditions.executortype.isBlank()) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "spec.conditions.executortype is required");
        }
        requireNameLength("spec.conditions.executortype", spec.conditions.executortype);
        requireNameLength("spec.funcname", spec.funcname);
        requireDuration("spec.maxwaittime", spec.maxwaittime);
        requireDuration("spec.maxexectime", spec.maxexectime);
        normalise(spec);
    }

    public static void normalise(FunctionSpec spec) {
        if (spec.conditions == null) {
            spec.conditions = new Conditions();
        }
        if (spec.conditions.executorids == null) {
            spec.conditions.executorids = new ArrayList<>();
        }
        if (spec.conditions.dependencies == null) {
            spec.conditions.dependencies = new ArrayList<>();
        }
        if (spec.args == null) {
            spec.args = new ArrayList<>();
        }
        if (spec.env == null) {
            spec.env = new LinkedHashMap<>();
        }
        // a null value decodes as "" in the reference (Go map[string]string), and env values are stored
        // as NOT NULL attributes: do as the reference does (fuzz finding 11)
        spec.env.replaceAll((key, value) -> value == null ? "" : value);
        if (spec.nodename == null) {
            spec.nodename = "";
        }
        if (spec.funcname == null) {
            spec.funcname = "";
        }
        if (spec.label == null) {
            spec.label = "";
        }
        if (spec.conditions.colonyid == null) {
            spec.conditions.colonyid = "";
        }
    }
}
