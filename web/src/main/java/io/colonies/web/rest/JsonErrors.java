package io.colonies.web.rest;

import io.colonies.server.error.Causes;
import jakarta.json.bind.JsonbException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JSON-B failure into a 400 that names the field. JSON-B reports nested failures as
 * "Unable to deserialize property 'a' because of: … property 'b' …", which gives the path a.b;
 * syntax errors have no field but carry the line and column.
 */
public final class JsonErrors {
    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

    private JsonErrors() {
    }

    public static JsonbException jsonbCause(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JsonbException j) {
                return j;
            }
        }
        return null;
    }

    public static RestInputException toInputError(JsonbException e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        List<String> path = new ArrayList<>();
        Matcher m = PROPERTY.matcher(text);
        while (m.find()) {
            path.add(m.group(1));
        }
        String field = path.isEmpty() ? null : String.join(".", path);
        String why = rootMessage(e);
        return new RestInputException(field, field == null
                ? "Malformed JSON body: " + why
                : "Invalid value of field '" + field + "': " + why);
    }

    private static String rootMessage(Throwable e) {
        String text = Causes.rootMessage(e, "unreadable JSON");
        // The innermost JSON-B text repeats the chain; keep the last reason only.
        int because = text.lastIndexOf("because of: ");
        return because < 0 ? text : text.substring(because + "because of: ".length());
    }
}
