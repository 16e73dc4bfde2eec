package io.colonies.web.rest.server;

import io.colonies.server.security.Identities;
import io.colonies.server.security.Identities.Membership;
import io.colonies.server.security.Identities.Roles;
import io.colonies.web.rest.security.Signed;
import io.colonies.web.rest.security.SignedCaller;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signer's roles, so a client such as the dashboard can show who the key is and offer only what
 * it may do. Any valid signature gets 200: a key unknown to this server simply has no roles.
 */
@Path("/v1/whoami")
@Signed
@Tag(name = "Server")
public class WhoAmIResource {
    @Inject
    Identities identities;

    @Inject
    SignedCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who am I", description = "Any signed request. The signer's id, whether it is the server"
            + " owner, and the colonies it owns or is an executor of (with the executor's id, type and whether it"
            + " is approved). An unknown key gets serverOwner false and no colonies.")
    @APIResponse(responseCode = "200", description = "The signer's roles", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WhoAmIInfo.class),
            examples = @ExampleObject(name = "executor", value = WhoAmIInfo.EXAMPLE)))
    public JsonObject whoami() {
        Roles roles = identities.rolesOf(caller.get());
        JsonArrayBuilder colonies = Json.createArrayBuilder();
        for (Membership m : roles.colonies()) {
            JsonObjectBuilder colony = Json.createObjectBuilder()
                    .add("colonyid", m.colonyId())
                    .add("role", m.role())
                    .add("approved", m.approved());
            addIfSet(colony, "colonyname", m.colonyName());
            addIfSet(colony, "executorid", m.executorId());
            addIfSet(colony, "executortype", m.executorType());
            addIfSet(colony, "executorname", m.executorName());
            colonies.add(colony);
        }
        return Json.createObjectBuilder()
                .add("id", roles.id())
                .add("serverOwner", roles.serverOwner())
                .add("colonies", colonies)
                .build();
    }

    private static void addIfSet(JsonObjectBuilder object, String name, String value) {
        if (value != null) {
            object.add(name, value);
        }
    }
}
