package io.colonies.cli.output;

import io.colonies.model.json.WireJson;

/** Compact wire JSON, the same encoder the client sends with, so {@code --json} output round-trips. */
public final class Json {
    private Json() {
    }

    public static String write(Object value) {
        return value == null ? "null" : WireJson.toJson(value);
    }
}
