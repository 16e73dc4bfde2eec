package io.colonies.web.rest.workflow;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.rpc.WorkflowMessages.AddChild;
import io.colonies.model.rpc.WorkflowMessages.DeleteAllProcessGraphs;
import io.colonies.model.rpc.WorkflowMessages.DeleteProcessGraph;
import io.colonies.model.rpc.WorkflowMessages.GetProcessGraph;
import io.colonies.model.rpc.WorkflowMessages.GetProcessGraphs;
import io.colonies.model.rpc.WorkflowMessages.SubmitWorkflowSpec;
import io.colonies.server.workflow.WorkflowService;
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

/** Workflows of a colony (PROTOCOL §5.7) through the RPC operations of the same names and roles. */
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
    RestOperations ops;

    @Inject
    WorkflowService workflows;

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
        SubmitWorkflowSpec m = new SubmitWorkflowSpec();
        m.spec = Params.body(spec, "a workflow spec");
        m.spec.colonyid = PathScope.bodyColony(colonyId, m.spec.colonyid, "colonyid");
        ProcessGraph graph = ops.call(caller.get(), m, ProcessGraph.class);
        return Response.created(uri.getAbsolutePathBuilder().path(graph.processgraphid).build()).entity(graph).build();
    }

    @GET
    @Operation(summary = "List workflows in a state", description = "Approved members; newest first.")
    @APIResponse(responseCode = "200", description = "Up to 'limit' process graphs",
            content = @Content(schema = @Schema(ref = "ProcessGraphList")))
    @SuppressWarnings("unchecked")
    public List<ProcessGraph> list(
            @QueryParam("state") @Parameter(required = true, description = "waiting, running, success or failed",
                    example = "running") String state,
            @QueryParam("limit") @Parameter(description = "At most this many, 1-100 (default 20)") String limit) {
        GetProcessGraphs m = new GetProcessGraphs();
        m.colonyid = colonyId;
        m.state = Params.state(state);
        m.count = Params.limit(limit);
        return (List<ProcessGraph>) ops.call(caller.get(), m);
    }

    @GET
    @Path("{graphId}")
    @Operation(summary = "Get a workflow", description = "Approved members.")
    @APIResponse(responseCode = "200", description = "The process graph",
            content = @Content(schema = @Schema(ref = "ProcessGraph")))
    public ProcessGraph get(@PathParam("graphId") @Parameter(description = "Process graph id (hex64)") String graphId) {
        GetProcessGraph m = new GetProcessGraph();
        m.processgraphid = inColony(graphId);
        return ops.call(caller.get(), m, ProcessGraph.class);
    }

    @DELETE
    @Path("{graphId}")
    @Operation(summary = "Delete a workflow", description = "Approved members; its processes go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("graphId") @Parameter(description = "Process graph id (hex64)") String graphId) {
        DeleteProcessGraph m = new DeleteProcessGraph();
        m.processgraphid = inColony(graphId);
        ops.call(caller.get(), m);
    }

    @DELETE
    @Operation(summary = "Delete all workflows", description = "Colony owner only. Running workflows cannot be"
            + " deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteAll(@QueryParam("state") @Parameter(description = "Only this state (waiting, success,"
            + " failed); all states when absent", example = "success") String state) {
        DeleteAllProcessGraphs m = new DeleteAllProcessGraphs();
        m.colonyid = colonyId;
        m.state = Params.optionalState(state, ProcessState.NOTSET);
        ops.call(caller.get(), m);
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
        AddChild m = new AddChild();
        m.processgraphid = inColony(graphId);
        m.parentprocessid = child.parentprocessid;
        m.childprocessid = child.childprocessid;
        m.spec = child.spec;
        m.insert = child.insert;
        if (m.spec != null) {
            m.spec.conditions = m.spec.conditions == null ? new io.colonies.model.core.Conditions() : m.spec.conditions;
            m.spec.conditions.colonyid = PathScope.bodyColony(colonyId, m.spec.conditions.colonyid,
                    "spec.conditions.colonyid");
        }
        Process added = ops.call(caller.get(), m, Process.class);
        return Response.created(uri.getBaseUriBuilder().path("v1/colonies").path(colonyId).path("processes")
                .path(added.processid).build()).entity(added).build();
    }

    private String inColony(String graphId) {
        PathScope.requireIn(colonyId, workflows.colonyOf(graphId), "Workflow " + graphId);
        return graphId;
    }
}
