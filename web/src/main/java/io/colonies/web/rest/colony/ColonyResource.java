package io.colonies.web.rest.colony;

import io.colonies.model.core.Colony;
import io.colonies.model.core.Statistics;
import io.colonies.server.colony.Colonies;
import io.colonies.server.id.ColonyId;
import io.colonies.web.rest.Params;
import io.colonies.web.rest.security.SignedCaller;
import io.colonies.web.rest.security.Signed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Colonies (PROTOCOL §5.2); each operation calls the {@link Colonies} use case its RPC message calls. */
@Path("/v1/colonies")
@Signed
@Tag(name = "Colonies", description = "Colonies: the trust domains that own executors and work")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ColonyResource {
    @Inject
    Colonies colonies;

    @Inject
    SignedCaller caller;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Add a colony", description = "Server owner only. The colony id is the identity of the"
            + " colony's key pair.")
    @RequestBody(required = true, content = @Content(schema = @Schema(ref = "Colony"), examples = @ExampleObject(
            name = "colony", value = "{\"colonyid\":\"4787a5071856a4acf702b2ffcea422e3237a679c681314113d86139461290cf4\","
                    + "\"name\":\"dev\"}")))
    @APIResponse(responseCode = "201", description = "Created; Location names the colony",
            content = @Content(schema = @Schema(ref = "Colony")))
    @APIResponse(responseCode = "409", description = "A colony with this id exists")
    public Response add(Colony colony) {
        Colony added = colonies.add(caller.get(), Params.body(colony, "a colony"));
        return Response.created(uri.getBaseUriBuilder().path("v1/colonies").path(added.colonyid).build())
                .entity(added).build();
    }

    @GET
    @Operation(summary = "List colonies", description = "Server owner only.")
    @APIResponse(responseCode = "200", description = "Every colony",
            content = @Content(schema = @Schema(ref = "ColonyList")))
    public List<Colony> list() {
        return colonies.list(caller.get());
    }

    @GET
    @Path("{colonyId}")
    @Operation(summary = "Get a colony", description = "Members of the colony.")
    @APIResponse(responseCode = "200", description = "The colony", content = @Content(schema = @Schema(ref = "Colony")))
    public Colony get(@PathParam("colonyId") @Parameter(description = "Colony id (hex64)") String colonyId) {
        return colonies.get(caller.get(), ColonyId.of(colonyId));
    }

    @PATCH
    @Path("{colonyId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Rename a colony", description = "Colony owner only.")
    @RequestBody(required = true, content = @Content(schema = @Schema(ref = "ColonyRename"),
            examples = @ExampleObject(name = "rename", value = "{\"name\":\"production\"}")))
    @APIResponse(responseCode = "204", description = "Renamed")
    public void rename(@PathParam("colonyId") @Parameter(description = "Colony id (hex64)") String colonyId,
                       ColonyRename body) {
        String name = Params.body(body, "{\"name\": …}").name;
        colonies.rename(caller.get(), ColonyId.of(colonyId), name);
    }

    @DELETE
    @Path("{colonyId}")
    @Operation(summary = "Delete a colony", description = "Server owner only. Deletes everything in the colony.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("colonyId") @Parameter(description = "Colony id (hex64)") String colonyId) {
        colonies.delete(caller.get(), ColonyId.of(colonyId));
    }

    @GET
    @Path("{colonyId}/statistics")
    @Operation(summary = "Colony statistics", description = "Members and the colony owner.")
    @APIResponse(responseCode = "200", description = "Counts of executors, processes and workflows by state",
            content = @Content(schema = @Schema(ref = "Statistics")))
    public Statistics statistics(@PathParam("colonyId") @Parameter(description = "Colony id (hex64)") String colonyId) {
        return colonies.statistics(caller.get(), ColonyId.of(colonyId));
    }
}
