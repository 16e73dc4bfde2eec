package io.colonies.model.json;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.time.Instant;

/** Maps {@link Instant} fields to Go-style RFC 3339 strings. */
public class GoTimeAdapter implements JsonbAdapter<Instant, String> {
    @Override
    public String adaptToJson(Instant t) {
        return GoTime.format(t);
    }

    @Override
    public Instant adaptFromJson(String text) {
        return GoTime.parse(text);
    }
}
