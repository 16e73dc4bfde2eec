package io.colonies.web.rest.cron;

import io.colonies.model.core.Cron;
import io.colonies.server.cron.Crons;
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

/** Crons of a colony (PROTOCOL §5.9), through the use cases their RPC messages call, scoped to the path's colony. */
@Path("/v1/colonies/{colonyId}/crons")
@Signed
@Tag(name = "Crons", description = "Crons: schedules that submit a workflow (see docs/cron.md)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CronResource {
    @Inject
    Crons crons;

    @Inject
    SignedCaller caller;

    @Context
    UriInfo uri;

    @PathParam("colonyId")
    @Parameter(description = "Colony id (hex64)")
    String colonyId;

    @POST
    @Operation(summary = "Add a cron", description = "Approved members. Set cronexpression (6 fields, with"
            + " seconds) with interval -1, or interval (seconds); workflowspec is a workflow spec as a JSON string.")
    @RequestBody(required = true, content = @Content(schema = @Schema(ref = "Cron"), examples = @ExampleObject(
            name = "every minute", value = "{\"name\":\"nightly-report\",\"cronexpression\":\"0 * * * * *\",\"interval\":-1,"
                    + "\"workflowspec\":\"{\\\"functionspecs\\\":[{\\\"funcname\\\":\\\"report\\\","
                    + "\\\"conditions\\\":{\\\"executortype\\\":\\\"cli\\\"}}]}\"}")))
    @APIResponse(responseCode = "201", description = "Added; Location names the cron",
            content = @Content(schema = @Schema(ref = "Cron")))
    @APIResponse(responseCode = "409", description = "A cron of this name exists")
    public Response add(Cron cron) {
        Cron sent = Params.body(cron, "a cron");
        sent.colonyid = PathScope.bodyColony(colonyId, sent.colonyid, "colonyid");
        Cron added = crons.add(caller.get(), sent);
        return Response.created(uri.getAbsolutePathBuilder().path(added.cronid).build()).entity(added).build();
    }

    @GET
    @Operation(summary = "List crons", description = "Approved members.")
    @APIResponse(responseCode = "200", description = "Up to 'limit' crons",
            content = @Content(schema = @Schema(ref = "CronList")))
    public List<Cron> list(@QueryParam("limit") @Parameter(description = "At most this many, 1-100 (default 20)")
                           String limit) {
        return crons.list(caller.get(), ColonyId.of(colonyId), Params.limit(limit));
    }

    @GET
    @Path("{cronId}")
    @Operation(summary = "Get a cron", description = "Approved members.")
    @APIResponse(responseCode = "200", description = "The cron", content = @Content(schema = @Schema(ref = "Cron")))
    public Cron get(@PathParam("cronId") @Parameter(description = "Cron id (hex64)") String cronId) {
        return crons.get(caller.get(), scope(), cronId);
    }

    @POST
    @Path("{cronId}/run")
    @Operation(summary = "Run a cron now", description = "Approved members. Submits the cron's workflow at once.")
    @APIResponse(responseCode = "200", description = "The cron after the run",
            content = @Content(schema = @Schema(ref = "Cron")))
    public Cron run(@PathParam("cronId") @Parameter(description = "Cron id (hex64)") String cronId) {
        return crons.runNow(caller.get(), scope(), cronId);
    }

    @DELETE
    @Path("{cronId}")
    @Operation(summary = "Delete a cron", description = "Approved members.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("cronId") @Parameter(description = "Cron id (hex64)") String cronId) {
        crons.delete(caller.get(), scope(), cronId);
    }

    private ColonyScope scope() {
        return ColonyScope.of(colonyId);
    }
}
