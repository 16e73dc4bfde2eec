package io.colonies.model.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one JSON-B instance for wire DTOs. Keys are matched case-insensitively and unknown keys are
 * ignored, like the Go decoder; only public fields are bound so that helper getters never leak.
 */
public final class WireJson {
    /** The deepest nesting of objects and arrays a client's JSON may have, the message's own levels included. */
    public static final int MAX_NESTING = 100;

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.CASE_INSENSITIVE)
            .withPropertyVisibilityStrategy(new FieldsOnly())
            .withAdapters(new GoTimeAdapter()));

    private WireJson() {
    }

    public static String toJson(Object value) {
        return JSONB.toJson(value);
    }

    /** Binds JSON we wrote ourselves (stored columns, our own replies): no input rules to apply. */
    public static <T> T fromJson(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }

    public static <T> T fromJson(String json, Type type) {
        return JSONB.fromJson(json, type);
    }

    /**
     * Binds JSON a client sent, after {@link WireInputRules} (no NUL, integers in range, real booleans):
     * a {@link jakarta.json.bind.JsonbException} naming the field otherwise. Only the request edges pay
     * for the extra pass.
     */
    public static <T> T fromClientJson(String json, Class<T> type) {
        return fromClientJson(json, (Type) type);
    }

    public static <T> T fromClientJson(String json, Type type) {
        try {
            WireInputRules.check(json, type);
            return JSONB.fromJson(json, type);
        } catch (JsonbException e) {
            throw e;
        } catch (RuntimeException e) {
            // Parsson's own limits fail outside JSON-B's exception (nesting deeper than 1,000 is a bare
            // RuntimeException, numbers over 1,100 characters a JsonException): it is still the client's
            // text, so a 400 and not a 500 (found by FuzzIT)
            throw new JsonbException("Invalid JSON: " + e.getMessage(), e);
        }
    }

    /** Decodes standard base64 holding UTF-8 JSON; returns null for undecodable input. */
    public static String decodeBase64(String payload) {
        if (payload == null) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String encodeBase64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static final class FieldsOnly implements PropertyVisibilityStrategy {
        @Override
        public boolean isVisible(Field field) {
            return Modifier.isPublic(field.getModifiers());
        }

        @Override
        public boolean isVisible(Method method) {
            return false;
        }
    }
}
