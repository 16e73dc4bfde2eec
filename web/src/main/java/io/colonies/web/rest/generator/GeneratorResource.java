package io.colonies.web.rest.generator;

import io.colonies.model.core.Generator;
import io.colonies.server.generator.Generators;
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
import jakarta.ws.rs.QueryParam;
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

/**
 * Generators of a colony (PROTOCOL §5.8), through the use cases their RPC messages call, scoped to the
 * path's colony.
 */
@Path("/v1/colonies/{colonyId}/generators")
@Signed
@Tag(name = "Generators", description = "Generators: pack arguments into workflows (see docs/generators.md)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GeneratorResource {
    @Inject
    Generators generators;

    @Inject
    SignedCaller caller;

    @Context
    UriInfo uri;

    @PathParam("colonyId")
    @Parameter(description = "Colony id (hex64)")
    String colonyId;

    @POST
    @Operation(summary = "Add a generator", description = "Approved members. Submits workflowspec with the"
            + " packed args after 'trigger' packs or 'timeout' seconds.")
    @RequestBody(required = true, content = @Content(schema = @Schema(ref = "Generator"), examples = @ExampleObject(
            name = "batch of 10", value = "{\"name\":\"thumbnails\",\"trigger\":10,\"timeout\":60,"
                    + "\"workflowspec\":\"{\\\"functionspecs\\\":[{\\\"funcname\\\":\\\"thumb\\\","
                    + "\\\"conditions\\\":{\\\"executortype\\\":\\\"cli\\\"}}]}\"}")))
    @APIResponse(responseCode = "201", description = "Added; Location names the generator",
            content = @Content(schema = @Schema(ref = "Generator")))
    @APIResponse(responseCode = "409", description = "A generator of this name exists")
    public Response add(Generator generator) {
        Generator sent = Params.body(generator, "a generator");
        sent.colonyid = PathScope.bodyColony(colonyId, sent.colonyid, "colonyid");
        Generator added = generators.add(caller.get(), sent);
        return Response.created(uri.getAbsolutePathBuilder().path(added.generatorid).build()).entity(added).build();
    }

    @GET
    @Operation(summary = "List generators", description = "Approved members.")
    @APIResponse(responseCode = "200", description = "Up to 'limit' generators",
            content = @Content(schema = @Schema(ref = "GeneratorList")))
    public List<Generator> list(@QueryParam("limit") @Parameter(description = "At most this many, 1-100 (default 20)")
                                String limit) {
        return generators.list(caller.get(), ColonyId.of(colonyId), Params.limit(limit));
    }

    @GET
    @Path("{generatorId}")
    @Operation(summary = "Get a generator", description = "Approved members; includes the queue size.")
    @APIResponse(responseCode = "200", description = "The generator",
            content = @Content(schema = @Schema(ref = "Generator")))
    public Generator get(@PathParam("generatorId") @Parameter(description = "Generator id (hex64)") String generatorId) {
        return generators.get(caller.get(), scope(), generatorId);
    }

    @GET
    @Path("by-name/{name}")
    @Operation(summary = "Find a generator by name", description = "Approved members.")
    @APIResponse(responseCode = "200", description = "The generator",
            content = @Content(schema = @Schema(ref = "Generator")))
    public Generator byName(@PathParam("name") @Parameter(description = "Generator name", example = "thumbnails")
                            String name) {
        return generators.resolve(caller.get(), scope(), name);
    }

    @POST
    @Path("{generatorId}/pack")
    @Operation(summary = "Pack an argument", description = "Approved members. The argument joins the next"
            + " workflow the generator submits.")
    @RequestBody(required = true, content = @Content(schema = @Schema(ref = "PackRequest"),
            examples = @ExampleObject(name = "file", value = "{\"arg\":\"images/cat.png\"}")))
    @APIResponse(responseCode = "204", description = "Packed")
    public void pack(@PathParam("generatorId") @Parameter(description = "Generator id (hex64)") String generatorId,
                     PackRequest body) {
        String arg = Params.body(body, "{\"arg\": …}").arg;
        generators.pack(caller.get(), scope(), generatorId, arg);
    }

    @DELETE
    @Path("{generatorId}")
    @Operation(summary = "Delete a generator", description = "Approved members.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("generatorId") @Parameter(description = "Generator id (hex64)") String generatorId) {
        generators.delete(caller.get(), scope(), generatorId);
    }

    private ColonyScope scope() {
        return ColonyScope.of(colonyId);
    }
}
