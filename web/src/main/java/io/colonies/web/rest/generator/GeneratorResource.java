package io.colonies.web.rest.generator;

import io.colonies.model.core.Generator;
import io.colonies.model.rpc.GeneratorMessages.AddGenerator;
import io.colonies.model.rpc.GeneratorMessages.DeleteGenerator;
import io.colonies.model.rpc.GeneratorMessages.GeneratorRef;
import io.colonies.model.rpc.GeneratorMessages.GetGenerator;
import io.colonies.model.rpc.GeneratorMessages.GetGenerators;
import io.colonies.model.rpc.GeneratorMessages.PackGenerator;
import io.colonies.model.rpc.GeneratorMessages.ResolveGenerator;
import io.colonies.server.generator.GeneratorService;
import io.colonies.web.rest.PathScope;
import io.colonies.web.rest.Params;
import io.colonies.web.rest.RestOperations;
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

/** Generators of a colony (PROTOCOL §5.8) through the RPC operations of the same names and roles. */
@Path("/v1/colonies/{colonyId}/generators")
@Signed
@Tag(name = "Generators", description = "Generators: pack arguments into workflows (see docs/generators.md)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GeneratorResource {
    @Inject
    RestOperations ops;

    @Inject
    GeneratorService generators;

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
        AddGenerator m = new AddGenerator();
        m.generator = Params.body(generator, "a generator");
        m.generator.colonyid = PathScope.bodyColony(colonyId, m.generator.colonyid, "colonyid");
        Generator added = ops.call(caller.get(), m, Generator.class);
        return Response.created(uri.getAbsolutePathBuilder().path(added.generatorid).build()).entity(added).build();
    }

    @GET
    @Operation(summary = "List generators", description = "Approved members.")
    @APIResponse(responseCode = "200", description = "Up to 'limit' generators",
            content = @Content(schema = @Schema(ref = "GeneratorList")))
    @SuppressWarnings("unchecked")
    public List<Generator> list(@QueryParam("limit") @Parameter(description = "At most this many, 1-100 (default 20)")
                                String limit) {
        GetGenerators m = new GetGenerators();
        m.colonyid = colonyId;
        m.count = Params.limit(limit);
        return (List<Generator>) ops.call(caller.get(), m);
    }

    @GET
    @Path("{generatorId}")
    @Operation(summary = "Get a generator", description = "Approved members; includes the queue size.")
    @APIResponse(responseCode = "200", description = "The generator",
            content = @Content(schema = @Schema(ref = "Generator")))
    public Generator get(@PathParam("generatorId") @Parameter(description = "Generator id (hex64)") String generatorId) {
        return ops.call(caller.get(), ref(new GetGenerator(), generatorId), Generator.class);
    }

    @GET
    @Path("by-name/{name}")
    @Operation(summary = "Find a generator by name", description = "Approved members.")
    @APIResponse(responseCode = "200", description = "The generator",
            content = @Content(schema = @Schema(ref = "Generator")))
    public Generator byName(@PathParam("name") @Parameter(description = "Generator name", example = "thumbnails")
                            String name) {
        ResolveGenerator m = new ResolveGenerator();
        m.generatorname = name;
        Generator found = ops.call(caller.get(), m, Generator.class);
        PathScope.requireIn(colonyId, found.colonyid, "Generator " + name);
        return found;
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
        PathScope.requireIn(colonyId, generators.colonyOf(generatorId), "Generator " + generatorId);
        PackGenerator m = new PackGenerator();
        m.generatorid = generatorId;
        m.arg = Params.body(body, "{\"arg\": …}").arg;
        ops.call(caller.get(), m);
    }

    @DELETE
    @Path("{generatorId}")
    @Operation(summary = "Delete a generator", description = "Approved members.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("generatorId") @Parameter(description = "Generator id (hex64)") String generatorId) {
        ops.call(caller.get(), ref(new DeleteGenerator(), generatorId));
    }

    private <M extends GeneratorRef> M ref(M message, String generatorId) {
        PathScope.requireIn(colonyId, generators.colonyOf(generatorId), "Generator " + generatorId);
        message.generatorid = generatorId;
        return message;
    }
}
