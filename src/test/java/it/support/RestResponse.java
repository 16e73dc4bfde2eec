package it.support;

import io.colonies.model.json.WireJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.Arrays;
import java.util.List;

/** An HTTP status, headers and body of a REST call. */
public record RestResponse(int status, HttpHeaders headers, String body) {
    public <T> T as(Class<T> type) {
        if (status < 200 || status > 299) {
            throw new AssertionError("expected success, got " + this);
        }
        return WireJson.fromJson(body, type);
    }

    public <T> List<T> asList(Class<T[]> arrayType) {
        return Arrays.asList(as(arrayType));
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The problem+json body of an error, as JSON-P. */
    public JsonObject problem() {
        if (!header("Content-Type").startsWith("application/problem+json")) {
            throw new AssertionError("expected application/problem+json, got " + this);
        }
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Override
    public String toString() {
        return status + " " + headers.firstValue("Content-Type").orElse("") + " " + body;
    }
}
