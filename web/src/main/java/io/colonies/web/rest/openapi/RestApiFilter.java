package io.colonies.web.rest.openapi;

import io.colonies.web.rest.Problem;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Adds what every REST operation shares, so resources only declare what is particular to them: the
 * signature requirement, the standard problem+json error responses, and examples taken from the
 * schemas for every request and response body.
 */
public class RestApiFilter implements OASFilter {
    private static final String UNSIGNED = "/v1/version";
    private static final Map<String, String> STANDARD_ERRORS = Map.of(
            "400", "Malformed JSON, an invalid field or parameter ('field' names it)",
            "401", "Missing, invalid, stale or replayed request signature",
            "403", "The signer lacks the role this operation needs",
            "404", "Unknown id, or an object of another colony",
            "500", "Unexpected failure; the problem's 'instance' is in the server log");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents() == null ? Map.of() : openAPI.getComponents().getSchemas();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/v1/") || path.getValue().getOperations() == null) {
                continue;
            }
            boolean signed = !UNSIGNED.equals(path.getKey());
            for (Operation operation : path.getValue().getOperations().values()) {
                complete(operation, signed, schemas == null ? Map.of() : schemas);
            }
        }
    }

    private static void complete(Operation operation, boolean signed, Map<String, Schema> schemas) {
        if (signed) {
            SecurityRequirement all = OASFactory.createSecurityRequirement();
            ModelSchemas.SCHEMES.forEach(all::addScheme);
            operation.addSecurityRequirement(all);
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> error : STANDARD_ERRORS.entrySet()) {
            boolean applies = signed || "500".equals(error.getKey());
            if (applies && !responses.hasAPIResponse(error.getKey())) {
                responses.addAPIResponse(error.getKey(), OASFactory.createAPIResponse().description(error.getValue()));
            }
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                response.getValue().setContent(problemContent());
            }
            addExamples(response.getValue().getContent(), schemas);
        }
        if (operation.getRequestBody() != null) {
            addExamples(operation.getRequestBody().getContent(), schemas);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }

    /** A body without an example gets its schema's example, so every operation shows one. */
    private static void addExamples(Content content, Map<String, Schema> schemas) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            boolean hasExample = media.getExample() != null
                    || (media.getExamples() != null && !media.getExamples().isEmpty());
            Schema schema = media.getSchema();
            if (hasExample || schema == null || schema.getRef() == null) {
                continue;
            }
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            Schema target = schemas.get(name.endsWith("List") ? name.substring(0, name.length() - 4) : name);
            if (target != null && target.getExample() != null) {
                media.setExample(name.endsWith("List") ? java.util.List.of(target.getExample()) : target.getExample());
            }
        }
    }
}
