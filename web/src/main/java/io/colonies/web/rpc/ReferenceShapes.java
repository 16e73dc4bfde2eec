package io.colonies.web.rpc;

import io.colonies.model.json.WireJson;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

/**
 * Reply payloads in the shapes the reference gives them on {@code /api}. The reference builds list
 * replies from Go slices that stay nil when nothing was found, and a nil slice encodes as
 * {@code null}; clients test for that (the Python SDK's tests assert {@code None}), so an empty
 * list reply is {@code null} here too. REST keeps {@code []}.
 */
public final class ReferenceShapes {
    private ReferenceShapes() {
    }

    public static String replyJson(Object value) {
        return isEmptyList(value) ? "null" : WireJson.toJson(value);
    }

    static boolean isEmptyList(Object value) {
        if (value instanceof Collection<?> c) {
            return c.isEmpty();
        }
        if (value instanceof Map<?, ?>) {
            return false; // objects keep their shape
        }
        return value != null && value.getClass().isArray() && Array.getLength(value) == 0;
    }
}
