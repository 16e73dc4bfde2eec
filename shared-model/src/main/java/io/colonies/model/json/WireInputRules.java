package io.colonies.model.json;

import jakarta.json.Json;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;

/**
 * Rules every wire JSON text obeys before it is bound, checked in one streaming pass:
 * <ul>
 * <li>no string, key or value, holds a NUL character (U+0000): PostgreSQL refuses it in text and
 * jsonb, so it would otherwise fail at INSERT time as a 500;</li>
 * <li>a number bound to an int/Integer/long/Long field is an integer within that type's range (JSON-B
 * would silently wrap 2^32+5 to 5 and truncate 1.9 to 1);</li>
 * <li>a value bound to a boolean/Boolean field is true, false or null;</li>
 * <li>an object is not given where a list is bound, nor a list where an object or map is (env).</li>
 * </ul>
 * The target type of each value is found by following public fields (case-insensitively, as
 * WireJson binds them), list element and map value types; values under untyped targets (Object,
 * args) are only checked for NUL. A failure is a JsonbException worded like JSON-B's own
 * ("Unable to deserialize property 'spec.priority' because of: …"), so both adapters turn it into a
 * 400 naming the field. Malformed JSON is left for the binder to report.
 */
final class WireInputRules {
    private static final char NUL = '\u0000';
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    /**
     * One factory: {@code Json.createParser} looks the provider up through ServiceLoader on every
     * call, which was 7.5 % of the server's CPU samples in a drain (issue 12).
     */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    /** One open object or array: its target type, the key or index being read, and that value's type. */
    private static final class Frame {
        final Type type;
        final boolean array;
        String key = "";
        int index = -1;

        Frame(Type type, boolean array) {
            this.type = type;
            this.array = array;
        }
    }

    private WireInputRules() {
    }

    static void check(String json, Type target) {
        if (json == null) {
            return;
        }
        Deque<Frame> open = new ArrayDeque<>();
        try (JsonParser parser = PARSERS.createParser(new StringReader(json))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    open.pop();
                    continue;
                }
                if (event == JsonParser.Event.KEY_NAME) {
                    String key = parser.getString();
                    if (key.indexOf(NUL) >= 0) {
                        throw refused(pathOf(open), "a key contains a NUL character (U+0000)");
                    }
                    open.peek().key = key;
                    continue;
                }
                if (!open.isEmpty() && open.peek().array) {
                    open.peek().index++;
                }
                Type type = open.isEmpty() ? target : valueType(open.peek());
                switch (event) {
                    case START_OBJECT -> {
                        requireShape(type, false, open);
                        requireDepth(open);
                        open.push(new Frame(type, false));
                    }
                    case START_ARRAY -> {
                        requireShape(type, true, open);
                        requireDepth(open);
                        open.push(new Frame(type, true));
                    }
                    case VALUE_STRING -> {
                        if (parser.getString().indexOf(NUL) >= 0) {
                            throw refused(pathOf(open), "a NUL character (U+0000) is not allowed");
                        }
                        requireNotBoolean(type, open, "a string");
                    }
                    case VALUE_NUMBER -> {
                        checkNumber(type, parser.getBigDecimal(), open);
                        requireNotBoolean(type, open, "a number");
                    }
                    default -> { // true, false, null
                        if (event != JsonParser.Event.VALUE_NULL && isIntegral(type)) {
                            throw refused(pathOf(open), "expected an integer, got a boolean");
                        }
                    }
                }
            }
        } catch (JsonParsingException e) {
            // Refused here, not left to the binder: JSON-B skips the value of an unknown key with
            // Parsson's skipArray/skipObject, which never stop at the end of a truncated text
            // (eclipse-ee4j/parsson#23), so {"zz":[ would pin a request thread forever (found by FuzzIT).
            throw new JsonbException(e.getMessage(), e);
        }
    }

    private static void checkNumber(Type type, BigDecimal value, Deque<Frame> open) {
        if (type == double.class || type == Double.class) {
            // 1e309 would decode as infinity, which can be stored but never written back as JSON
            if (Double.isInfinite(value.doubleValue())) {
                throw refused(pathOf(open), "a number out of range for a double (a finite number is required)");
            }
            return;
        }
        boolean isInt = type == int.class || type == Integer.class;
        boolean isLong = type == long.class || type == Long.class;
        if (!isInt && !isLong) {
            return;
        }
        String javaType = isInt ? "int" : "long";
        if (!isWhole(value)) {
            throw refused(pathOf(open), "expected an integer (" + javaType + "), got " + value);
        }
        if (value.compareTo(isInt ? INT_MIN : LONG_MIN) < 0 || value.compareTo(isInt ? INT_MAX : LONG_MAX) > 0) {
            throw refused(pathOf(open), "integer " + value + " is out of range for " + javaType + " ["
                    + (isInt ? Integer.MIN_VALUE : Long.MIN_VALUE) + ", " + (isInt ? Integer.MAX_VALUE : Long.MAX_VALUE) + "]");
        }
    }

    private static boolean isWhole(BigDecimal value) {
        // scale() <= 0, or every fraction digit is zero; huge exponents (1e308) are whole and fail the range
        return value.scale() <= 0 || value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** A list where an object (a DTO or a map such as env) is expected, or the reverse. */
    private static void requireShape(Type type, boolean array, Deque<Frame> open) {
        Class<?> raw = type == null ? null : raw(type);
        if (raw == null || raw == Object.class) {
            return;
        }
        boolean wantsArray = raw.isArray() || Collection.class.isAssignableFrom(raw);
        boolean wantsObject = Map.class.isAssignableFrom(raw) || !raw.getName().startsWith("java.") && !raw.isPrimitive() && !raw.isArray();
        if (array && wantsObject) {
            throw refused(pathOf(open), "expected an object, got an array");
        }
        if (!array && wantsArray) {
            throw refused(pathOf(open), "expected an array, got an object");
        }
    }

    private static boolean isIntegral(Type type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }

    private static void requireNotBoolean(Type type, Deque<Frame> open, String got) {
        if (type == boolean.class || type == Boolean.class) {
            throw refused(pathOf(open), "expected a boolean, got " + got);
        }
    }

    private static Type valueType(Frame frame) {
        Type container = frame.type;
        if (container == null) {
            return null;
        }
        Class<?> raw = raw(container);
        if (raw == null) {
            return null;
        }
        if (frame.array) {
            if (raw.isArray()) {
                return raw.getComponentType();
            }
            return Collection.class.isAssignableFrom(raw) ? typeArgument(container, 0) : null;
        }
        if (Map.class.isAssignableFrom(raw)) {
            return typeArgument(container, 1);
        }
        if (raw.getName().startsWith("java.")) {
            return null;
        }
        String key = frame.key.toLowerCase(Locale.ROOT);
        for (Field field : raw.getFields()) {
            JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : field.getName();
            if (!Modifier.isStatic(field.getModifiers()) && name.toLowerCase(Locale.ROOT).equals(key)) {
                return field.getGenericType();
            }
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }

    private static Type typeArgument(Type type, int n) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > n ? p.getActualTypeArguments()[n] : null;
    }

    private static String pathOf(Deque<Frame> open) {
        StringBuilder text = new StringBuilder();
        var outermostFirst = open.descendingIterator();
        while (outermostFirst.hasNext()) {
            Frame step = outermostFirst.next();
            if (step.array) {
                text.append('[').append(Math.max(step.index, 0)).append(']');
            } else if (!step.key.isEmpty()) {
                text.append(text.length() == 0 ? "" : ".").append(step.key);
            }
        }
        return text.length() == 0 ? "(root)" : text.toString();
    }

    /**
     * JSON-B writes and reads nested values recursively: 600 levels of arrays in a process output
     * overflowed a request thread's stack while the output was stored (FuzzIT), well inside Parsson's
     * own limit of 1,000.
     */
    private static void requireDepth(Deque<Frame> open) {
        if (open.size() >= WireJson.MAX_NESTING) {
            throw refused(pathOf(open), "JSON nested deeper than " + WireJson.MAX_NESTING + " levels");
        }
    }

    private static JsonbException refused(String path, String why) {
        return new JsonbException("Unable to deserialize property '" + path + "' because of: " + why);
    }
}
