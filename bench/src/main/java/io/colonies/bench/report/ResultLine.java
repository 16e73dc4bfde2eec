package io.colonies.bench.report;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One flat JSON result line, as the harness and pg-limit.sh print them. */
public final class ResultLine {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+)}");

    private final JsonObject json;

    private ResultLine(JsonObject json) {
        this.json = json;
    }

    /** Parses a line; empty for blank lines and anything that is not one JSON object. */
    public static Optional<ResultLine> parse(String line) {
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(line))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? Optional.of(new ResultLine(object)) : Optional.empty();
        } catch (JsonException e) {
            // e.g. pg-limit.sh's `"per_s":}` when pgbench failed: no figure, rather than no table
            return Optional.empty();
        }
    }

    public String scenario() {
        return text("scenario").orElse("");
    }

    public OptionalDouble number(String field) {
        return json.get(field) instanceof JsonNumber n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
    }

    /** A number as NaN when absent or null, for arithmetic that should propagate "unknown". */
    public double numberOrNaN(String field) {
        return number(field).orElse(Double.NaN);
    }

    public Optional<String> text(String field) {
        return json.get(field) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    /** Replaces each {@code {field}} with that field's value (numbers without needless decimals). */
    public String fill(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(display(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String display(String field) {
        JsonValue value = json.get(field);
        if (value instanceof JsonNumber n) {
            return Numbers.plain(n.doubleValue());
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return "?";
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
