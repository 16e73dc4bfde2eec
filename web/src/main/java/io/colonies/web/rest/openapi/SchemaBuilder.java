package io.colonies.web.rest.openapi;

import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Builds JSON schemas from wire classes the way JSON-B binds them (public fields, lowercase names),
 * so the documentation cannot drift from the JSON. Classes met in fields are added too.
 */
final class SchemaBuilder {
    private final Map<String, Schema> schemas = new LinkedHashMap<>();
    private final Deque<Class<?>> pending = new ArrayDeque<>();

    /** Adds a class (and everything it refers to) as a component named after the class. */
    SchemaBuilder add(Class<?> type) {
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> next = pending.poll();
            if (!schemas.containsKey(next.getSimpleName())) {
                schemas.put(next.getSimpleName(), objectSchema(next));
            }
        }
        return this;
    }

    /** A component that is an array of another component, for list responses. */
    SchemaBuilder addList(Class<?> element) {
        add(element);
        schemas.put(element.getSimpleName() + "List", OASFactory.createSchema().addType(SchemaType.ARRAY)
                .items(ref(element)));
        return this;
    }

    Map<String, Schema> schemas() {
        return schemas;
    }

    private Schema objectSchema(Class<?> type) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.OBJECT);
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
            String name = renamed == null || renamed.value().isEmpty() ? field.getName() : renamed.value();
            schema.addProperty(name, schemaOf(field.getGenericType()));
        }
        return schema;
    }

    private Schema schemaOf(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().addType(SchemaType.ARRAY).items(schemaOf(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().addType(SchemaType.OBJECT).additionalPropertiesSchema(schemaOf(args[1]));
            }
        }
        if (!(type instanceof Class<?> c)) {
            return OASFactory.createSchema();
        }
        if (c == String.class) {
            return OASFactory.createSchema().addType(SchemaType.STRING);
        }
        if (c == int.class || c == Integer.class) {
            return OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32");
        }
        if (c == long.class || c == Long.class) {
            return OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64");
        }
        if (c == double.class || c == Double.class) {
            return OASFactory.createSchema().addType(SchemaType.NUMBER).format("double");
        }
        if (c == boolean.class || c == Boolean.class) {
            return OASFactory.createSchema().addType(SchemaType.BOOLEAN);
        }
        if (c == Instant.class) {
            return OASFactory.createSchema().addType(SchemaType.STRING).format("date-time");
        }
        if (c == Object.class) {
            return OASFactory.createSchema().description("Any JSON value");
        }
        pending.add(c);
        return ref(c);
    }

    private static Schema ref(Class<?> type) {
        return OASFactory.createSchema().ref(type.getSimpleName());
    }
}
