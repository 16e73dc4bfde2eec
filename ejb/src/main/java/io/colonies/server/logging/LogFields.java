package io.colonies.server.logging;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs one line with named fields. The fields are appended to the message as {@code key=value}, and
 * while the line is logged they are also set as extensions of Liberty's {@code LogRecordContext}, so
 * the JSON console carries them as {@code ext_<key>} fields. The API is looked up reflectively: it is
 * Liberty's, and outside Liberty (unit tests) the line is simply logged without extensions.
 * Never put key material or process args into a field.
 */
public final class LogFields {
    public static final String OPERATION = "operation";
    public static final String COLONY = "colonyid";
    public static final String PROCESS = "processid";
    public static final String EXECUTOR = "executorid";
    public static final String EXECUTOR_TYPE = "executortype";
    public static final String INCIDENT = "incident";
    /** The HTTP status, as a JSON number. */
    public static final String STATUS = "status_int";
    /** Milliseconds; the {@code _int} suffix makes Liberty write it as a JSON number. */
    public static final String DURATION_MS = "duration_ms_int";

    private static final MethodHandle ADD = handle("addExtension", String.class, String.class);
    private static final MethodHandle REMOVE = handle("removeExtension", String.class);

    private final Map<String, String> fields = new LinkedHashMap<>();

    private LogFields() {
    }

    public static LogFields with(String key, Object value) {
        return new LogFields().and(key, value);
    }

    /** Adds a field; null or empty values are left out. */
    public LogFields and(String key, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            fields.put(key, value.toString());
        }
        return this;
    }

    public Map<String, String> fields() {
        return fields;
    }

    /** The message followed by the fields, e.g. {@code Process submitted operation=submit colonyid=…}. */
    public String text(String message) {
        StringBuilder line = new StringBuilder(message);
        fields.forEach((k, v) -> line.append(' ').append(plainKey(k)).append('=').append(v));
        return line.toString();
    }

    public void log(Logger logger, Level level, String message) {
        log(logger, level, message, null);
    }

    public void log(Logger logger, Level level, String message, Throwable thrown) {
        if (!logger.isLoggable(level)) {
            return;
        }
        set();
        try {
            logger.log(level, text(message), thrown);
        } finally {
            clear();
        }
    }

    private void set() {
        if (ADD != null) {
            fields.forEach((k, v) -> invoke(ADD, k, v));
        }
    }

    private void clear() {
        if (REMOVE != null) {
            fields.keySet().forEach(k -> invoke(REMOVE, k, null));
        }
    }

    private static String plainKey(String key) {
        return key.endsWith("_int") ? key.substring(0, key.length() - 4) : key;
    }

    private static void invoke(MethodHandle handle, String key, String value) {
        try {
            if (value == null) {
                handle.invoke(key);
            } else {
                handle.invoke(key, value);
            }
        } catch (Throwable e) {
            // Fields are a convenience: a failing extension never loses the line itself.
        }
    }

    private static MethodHandle handle(String name, Class<?>... parameters) {
        try {
            Class<?> context = Class.forName("com.ibm.websphere.logging.hpel.LogRecordContext");
            Class<?> returned = name.startsWith("add") ? void.class : boolean.class;
            return MethodHandles.publicLookup().findStatic(context, name, MethodType.methodType(returned, parameters));
        } catch (ReflectiveOperationException | LinkageError e) {
            return null; // not on Liberty
        }
    }
}
