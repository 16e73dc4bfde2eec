package io.colonies.client;

import java.util.ArrayList;
import java.util.List;

/**
 * One item of a batch close ({@link RestColoniesClient#closeBatch}): a success with its output or a
 * failure with its errors. The JSON of {@code POST …/processes/closures}.
 */
public class Closure {
    public String processid = "";
    public boolean successful;
    public List<Object> out;
    public List<String> errors;

    public static Closure success(String processId, List<?> out) {
        Closure c = new Closure();
        c.processid = processId;
        c.successful = true;
        c.out = out == null ? new ArrayList<>() : new ArrayList<>(out);
        return c;
    }

    public static Closure failure(String processId, List<String> errors) {
        Closure c = new Closure();
        c.processid = processId;
        c.successful = false;
        c.errors = errors == null ? new ArrayList<>() : new ArrayList<>(errors);
        return c;
    }
}
