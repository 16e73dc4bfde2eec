package io.colonies.web.rest.executor;

import io.colonies.model.core.Function;
import io.colonies.server.executor.Functions;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.web.rest.PathScope;
import io.colonies.web.rest.Params;
import io.colonies.web.rest.security.SignedCaller;
import io.colonies.web.rest.security.Signed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

/** The function registry of a colony (PROTOCOL §5.4); an executor registers and removes its own functions. */
@Path("/v1/colonies/{colonyId}/functions")
@Signed
@Tag(name = "Functions", description = "Functions executors offer, with their run statistics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FunctionResource {
    @Inject
    Functions functions;

    @Inject
    SignedCaller caller;

    @Context
    UriInfo uri;

    @PathParam("colonyId")
    @Parameter(description = "Colony id (hex64)")
    String colonyId;

    @POST
    @Operation(summary = "Register a function", description = "Approved members, for themselves: executorid"
            + " defaults to the signer and must equal it.")
    @RequestBody(required = true, content = @Content(schema = @Schema(ref = "Function"), examples = @ExampleObject(
            name = "function", value = "{\"funcname\":\"echo\",\"desc\":\"prints its arguments\",\"args\":[\"text\"]}")))
    @APIResponse(responseCode = "201", description = "Registered; Location names the function",
            content = @Content(schema = @Schema(ref = "Function")))
    @APIResponse(responseCode = "409", description = "The executor already has a function of this name")
    public Response add(Function function) {
        Function sent = Params.body(function, "a function");
        sent.colonyid = PathScope.bodyColony(colonyId, sent.colonyid, "colonyid");
        if (sent.executorid == null || sent.executorid.isEmpty()) {
            sent.executorid = caller.id();
        }
        Function added = functions.add(caller.get(), sent);
        return Response.created(uri.getAbsolutePathBuilder().path(added.functionid).build()).entity(added).build();
    }

    @GET
    @Operation(summary = "List the colony's functions", description = "Approved members.")
    @APIResponse(responseCode = "200", description = "Every function registered in the colony",
            content = @Content(schema = @Schema(ref = "FunctionList")))
    public List<Function> list() {
        return functions.ofColony(caller.get(), ColonyId.of(colonyId));
    }

    @DELETE
    @Path("{functionId}")
    @Operation(summary = "Remove a function", description = "The executor that registered it.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("functionId") @Parameter(description = "Function id (hex64)") String functionId) {
        functions.delete(caller.get(), ColonyScope.of(colonyId), functionId);
    }
}
