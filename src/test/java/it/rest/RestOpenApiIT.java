package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Arquillian;
import it.support.RestClient;
import it.support.RestResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reads /openapi as JSON and fails for any REST operation without a summary, a tag, an example, the
 * signature requirement, or a real schema (a resolvable component with properties) for its bodies.
 */
@ExtendWith(ArquillianExtension.class)
class RestOpenApiIT {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private JsonObject document;
    private JsonObject schemas;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void fetch() {
        RestResponse response = RestClient.replicaA().unsigned("GET", "/openapi", Map.of("Accept", "application/json"));
        assertEquals(200, response.status(), response.toString());
        document = Json.createReader(new StringReader(response.body())).readObject();
        try {
            // Kept for reviewers: the document exactly as the UI shows it.
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "rest-openapi.json"), response.body());
        } catch (java.io.IOException ignored) {
            // only a convenience
        }
        schemas = document.getJsonObject("components").getJsonObject("schemas");
    }

    @Test
    void isOpenApi31WithTheSignatureSchemes() {
        assertTrue(document.getString("openapi").startsWith("3.1"), document.getString("openapi"));
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        for (String name : List.of("ColoniesSignature", "ColoniesTimestamp", "ColoniesNonce")) {
            assertEquals("header", schemes.getJsonObject(name).getString("in"), name);
        }
    }

    @Test
    void everyRestOperationIsFullyDocumented() {
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            if (!path.getKey().startsWith("/v1/")) {
                continue;
            }
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                check(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue().asJsonObject(),
                        !path.getKey().equals("/v1/version"), problems);
            }
        }
        assertEquals(60, operations, "every REST operation is in the document");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private void check(String name, JsonObject op, boolean signed, List<String> problems) {
        if (op.getString("summary", "").isBlank()) {
            problems.add(name + ": no summary");
        }
        if (!op.containsKey("tags") || op.getJsonArray("tags").isEmpty()) {
            problems.add(name + ": no tag");
        }
        if (signed && !op.containsKey("security")) {
            problems.add(name + ": no security requirement");
        }
        JsonObject responses = op.getJsonObject("responses");
        boolean anySchema = false;
        boolean anyExample = false;
        for (Map.Entry<String, JsonValue> response : responses.entrySet()) {
            JsonObject content = response.getValue().asJsonObject().getJsonObject("content");
            if (content == null) {
                if (!response.getKey().equals("204")) {
                    problems.add(name + " " + response.getKey() + ": no content");
                }
                continue;
            }
            for (Map.Entry<String, JsonValue> media : content.entrySet()) {
                JsonObject mediaType = media.getValue().asJsonObject();
                anyExample |= mediaType.containsKey("example") || mediaType.containsKey("examples");
                String why = realSchema(mediaType.getJsonObject("schema"));
                if (why != null) {
                    problems.add(name + " " + response.getKey() + " " + media.getKey() + ": " + why);
                } else {
                    anySchema = true;
                }
                if (response.getKey().startsWith("4") && !media.getKey().equals("application/problem+json")) {
                    problems.add(name + " " + response.getKey() + ": errors must be application/problem+json");
                }
            }
        }
        if (!anySchema) {
            problems.add(name + ": no response schema");
        }
        if (!anyExample) {
            problems.add(name + ": no example");
        }
        if (signed && !responses.containsKey("401")) {
            problems.add(name + ": no 401 response");
        }
        if (op.containsKey("requestBody")) {
            for (Map.Entry<String, JsonValue> media : op.getJsonObject("requestBody").getJsonObject("content").entrySet()) {
                String why = realSchema(media.getValue().asJsonObject().getJsonObject("schema"));
                if (why != null) {
                    problems.add(name + " request body: " + why);
                }
            }
        }
    }

    /** Null when the schema is a reference to a component with properties, or an array of one. */
    private String realSchema(JsonObject schema) {
        if (schema == null) {
            return "no schema";
        }
        if (!schema.containsKey("$ref")) {
            return "inline schema instead of a component: " + schema;
        }
        String ref = schema.getString("$ref");
        JsonObject target = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        if (target == null) {
            return "unresolved " + ref;
        }
        if (target.containsKey("items")) {
            return realSchema(target.getJsonObject("items"));
        }
        JsonObject properties = target.getJsonObject("properties");
        if (properties == null || properties.isEmpty()) {
            return ref + " is a bare object";
        }
        if (!target.containsKey("example") && !target.containsKey("examples")) {
            return ref + " has no example";
        }
        return null;
    }
}
