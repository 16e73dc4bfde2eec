package io.colonies.web.rest;

import io.colonies.model.json.WireJson;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Reads and writes REST bodies with the same JSON-B configuration as the RPC payloads, so a process
 * looks the same on both APIs (lowercase names, Go-style times, case-insensitive keys). Limited to
 * wire objects and REST DTOs; anything else (the RPC envelope included) keeps Liberty's provider.
 * It also reads octet-stream, the type JAX-RS assumes for a request without Content-Type, so that
 * actions with an optional body (closing a process) work when a client sends none.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", MediaType.APPLICATION_OCTET_STREAM})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class WireJsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    private static final String[] WIRE_PACKAGES = {"io.colonies.model.core.", "io.colonies.web.rest."};

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isWire(type, genericType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        String json = new String(entity.readAllBytes(), StandardCharsets.UTF_8);
        if (json.isBlank()) {
            return null; // resources decide whether a body is required
        }
        try {
            return WireJson.fromClientJson(json, genericType == null ? type : genericType);
        } catch (JsonbException e) {
            throw JsonErrors.toInputError(e);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isWire(type, genericType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(WireJson.toJson(value).getBytes(StandardCharsets.UTF_8));
    }

    static boolean isWire(Class<?> type, Type genericType) {
        if (Collection.class.isAssignableFrom(type)) {
            return genericType instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                    && p.getActualTypeArguments()[0] instanceof Class<?> element && isWirePackage(element);
        }
        return isWirePackage(type);
    }

    private static boolean isWirePackage(Class<?> type) {
        for (String prefix : WIRE_PACKAGES) {
            if (type.getName().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
