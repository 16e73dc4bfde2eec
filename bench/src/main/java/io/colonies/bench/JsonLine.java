package io.colonies.bench;

import java.util.Locale;

/**
 * Builds one flat JSON result line. Values are numbers or plain identifiers, so no escaping is needed
 * beyond what {@link #put(String, String)} does for quotes.
 */
final class JsonLine {
    private final StringBuilder text = new StringBuilder("{");

    JsonLine(String scenario) {
        put("scenario", scenario);
    }

    JsonLine put(String key, String value) {
        key(key).append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        return this;
    }

    JsonLine put(String key, long value) {
        key(key).append(value);
        return this;
    }

    /** Two decimals are plenty for rates and milliseconds on a noisy machine; NaN becomes null. */
    JsonLine put(String key, double value) {
        key(key).append(Double.isNaN(value) || Double.isInfinite(value) ? "null"
                : String.format(Locale.ROOT, "%.2f", value));
        return this;
    }

    private StringBuilder key(String key) {
        if (text.length() > 1) {
            text.append(',');
        }
        return text.append('"').append(key).append("\":");
    }

    @Override
    public String toString() {
        return text + "}";
    }
}
