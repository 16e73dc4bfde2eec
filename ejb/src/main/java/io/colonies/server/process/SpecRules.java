package io.colonies.server.process;

import io.colonies.model.core.Conditions;
import io.colonies.model.core.FunctionSpec;
import io.colonies.server.error.ErrorKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/** Validation and normalisation shared by every way a process is created. */
public final class SpecRules {
    private SpecRules() {
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
