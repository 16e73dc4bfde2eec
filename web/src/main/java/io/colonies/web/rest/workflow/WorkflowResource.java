package io.colonies.web.rest.workflow;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.core.Conditions;
import io.colonies.model.core.FunctionSpec;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.GraphId;
import io.colonies.server.id.ProcessId;
import io.colonies.server.workflow.Workflows;
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

/** Workflows of a colony (PROTOCOL §5.7): decode, call the {@link Workflows} use case RPC calls too, encode. */
@Path("/v1/colonies/{colonyId}/workflows")
@Signed
@Tag(name = "Workflows", description = "Workflows: DAGs of function specs, stored as process graphs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkflowResource {
    private static final String WORKFLOW_EXAMPLE = "{\"functionspecs\":["
            + "{\"nodename\":\"fetch\",\"funcname\":\"fetch\",\"conditions\":{\"executortype\":\"cli\"}},"
            + "{\"nodename\":\"report\",\"funcname\":\"report\",\"conditions\":{\"executortype\":\"cli\","
            + "\"dependencies\":[\"fetch\"]}}]}";

    @Inject
    Workflows workflows;

    @Inject
    SignedCaller caller;

    @Context
    UriInfo uri;

    @PathParam("colonyId")
    @Parameter(description = "Colony id (hex64)")
    String colonyId;

    @POST
    @Operation(summary = "Submit a workflow", description = "Approved members. Edges come from each spec's"
            + " conditions.dependencies (node names).")
    @RequestBody(required = true, content = @Content(schema = @Schema(ref = "WorkflowSpec"),
            examples = @ExampleObject(name = "two steps", value = WORKFLOW_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Submitted; Location names the process graph",
            content = @Content(schema = @Schema(ref = "ProcessGraph")))
    public Response submit(WorkflowSpec spec) {
        WorkflowSpec body = Params.body(spec, "a workflow spec");
        body.colonyid = PathScope.bodyColony(colonyId, body.colonyid, "colonyid");
        ProcessGraph graph = workflows.submit(caller.get(), body);
        return Response.created(uri.getAbsolutePathBuilder().path(graph.processgraphid).build()).entity(graph).build();
    }

    @GET
    @Operation(summary = "List workflows in a state", description = "Approved members; newest first.")
    @APIResponse(responseCode = "200", description = "Up to 'limit' process graphs",
            content = @Content(schema = @Schema(ref = "ProcessGraphList")))
    public List<ProcessGraph> list(
            @QueryParam("state") @Parameter(required = true, description = "waiting, running, success, failed or cancelled",
                    example = "running") String state,
            @QueryParam("limit") @Parameter(description = "At most this many, 1-100 (default 20)") String limit) {
        int wanted = Params.state(state);
        int count = Params.limit(limit);
        return workflows.list(caller.get(), ColonyId.of(colonyId), wanted, count);
    }

    @GET
    @Path("{graphId}")
    @Operation(summary = "Get a workflow", description = "Approved members.")
    @APIResponse(responseCode = "200", description = "The process graph",
            content = @Content(schema = @Schema(ref = "ProcessGraph")))
    public ProcessGraph get(@PathParam("graphId") @Parameter(description = "Process graph id (hex64)") String graphId) {
        return workflows.get(caller.get(), scope(), GraphId.of(graphId));
    }

    @DELETE
    @Path("{graphId}")
    @Operation(summary = "Delete a workflow", description = "Approved members; its processes go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("graphId") @Parameter(description = "Process graph id (hex64)") String graphId) {
        workflows.delete(caller.get(), scope(), GraphId.of(graphId));
    }

    @DELETE
    @Operation(summary = "Delete all workflows", description = "Colony owner only. Running workflows cannot be"
            + " deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteAll(@QueryParam("state") @Parameter(description = "Only this state (waiting, success,"
            + " failed); all states when absent", example = "success") String state) {
        workflows.deleteAll(caller.get(), ColonyId.of(colonyId), Params.optionalState(state, ProcessState.NOTSET));
    }

    @POST
    @Path("{graphId}/cancel")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Cancel a workflow", description = "Approved members and the colony owner. Every"
            + " waiting or running process of the workflow ends CANCELLED (state 4), finished ones keep their"
            + " result, and the workflow ends CANCELLED.")
    @APIResponse(responseCode = "200", description = "The cancelled process graph",
            content = @Content(schema = @Schema(ref = "ProcessGraph")))
    @APIResponse(responseCode = "409", description = "The workflow had already finished")
    public ProcessGraph cancel(@PathParam("graphId") @Parameter(description = "Process graph id (hex64)")
                               String graphId) {
        return workflows.cancel(caller.get(), scope(), GraphId.of(graphId));
    }

    @POST
    @Path("{graphId}/children")
    @Operation(summary = "Add a child process", description = "The executor running the parent process.")
    @RequestBody(required = true, content = @Content(schema = @Schema(ref = "ChildRequest"),
            examples = @ExampleObject(name = "child", value = "{\"parentprocessid\":\"<running process id>\","
                    + "\"spec\":{\"nodename\":\"extra\",\"funcname\":\"echo\",\"conditions\":{\"executortype\":\"cli\"}}}")))
    @APIResponse(responseCode = "201", description = "Added; Location names the new process",
            content = @Content(schema = @Schema(ref = "Process")))
    public Response addChild(@PathParam("graphId") @Parameter(description = "Process graph id (hex64)") String graphId,
                             ChildRequest body) {
        ChildRequest child = Params.body(body, "a child request");
        FunctionSpec spec = child.spec;
        if (spec != null) {
            spec.conditions = spec.conditions == null ? new Conditions() : spec.conditions;
            spec.conditions.colonyid = PathScope.bodyColony(colonyId, spec.conditions.colonyid,
                    "spec.conditions.colonyid");
        }
        Process added = workflows.addChild(caller.get(), scope(), GraphId.of(graphId),
                ProcessId.of(child.parentprocessid), ProcessId.of(child.childprocessid), spec, child.insert);
        return Response.created(uri.getBaseUriBuilder().path("v1/colonies").path(colonyId).path("processes")
                .path(added.processid).build()).entity(added).build();
    }

    private ColonyScope scope() {
        return ColonyScope.of(colonyId);
    }
}
