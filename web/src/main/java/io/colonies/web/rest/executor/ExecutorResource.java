package io.colonies.web.rest.executor;

import io.colonies.model.core.Executor;
import io.colonies.model.core.Function;
import io.colonies.model.rpc.ExecutorMessages.AddExecutor;
import io.colonies.model.rpc.ExecutorMessages.ApproveExecutor;
import io.colonies.model.rpc.ExecutorMessages.DeleteExecutor;
import io.colonies.model.rpc.ExecutorMessages.ExecutorRef;
import io.colonies.model.rpc.ExecutorMessages.GetExecutor;
import io.colonies.model.rpc.ExecutorMessages.GetExecutors;
import io.colonies.model.rpc.ExecutorMessages.GetFunctions;
import io.colonies.model.rpc.ExecutorMessages.RejectExecutor;
import io.colonies.server.executor.ExecutorService;
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

/** Executors of a colony (PROTOCOL §5.3) through the RPC operations of the same names and roles. */
@Path("/v1/colonies/{colonyId}/executors")
@Signed
@Tag(name = "Executors", description = "Executors: the workers that pull and run processes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExecutorResource {
    @Inject
    RestOperations ops;

    @Inject
    ExecutorService executors;

    @Inject
    SignedCaller caller;

    @Context
    UriInfo uri;

    @PathParam("colonyId")
    @Parameter(description = "Colony id (hex64)")
    String colonyId;

    @POST
    @Operation(summary = "Register an executor", description = "Colony owner only. The executor starts PENDING"
            + " until approved; executorid is the identity of the executor's key pair.")
    @RequestBody(required = true, content = @Content(schema = @Schema(ref = "Executor"), examples = @ExampleObject(
            name = "executor", value = "{\"executorid\":\"8d3bd4c9f6a7e5b1c0d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4\","
                    + "\"executortype\":\"cli\",\"executorname\":\"worker-1\"}")))
    @APIResponse(responseCode = "201", description = "Registered; Location names the executor",
            content = @Content(schema = @Schema(ref = "Executor")))
    @APIResponse(responseCode = "409", description = "The name or id is already registered")
    public Response add(Executor executor) {
        AddExecutor m = new AddExecutor();
        m.executor = Params.body(executor, "an executor");
        m.executor.colonyid = PathScope.bodyColony(colonyId, m.executor.colonyid, "colonyid");
        Executor added = ops.call(caller.get(), m, Executor.class);
        return Response.created(uri.getAbsolutePathBuilder().path(added.executorid).build()).entity(added).build();
    }

    @GET
    @Operation(summary = "List executors", description = "Members (approved or not) and the colony owner.")
    @APIResponse(responseCode = "200", description = "The colony's executors",
            content = @Content(schema = @Schema(ref = "ExecutorList")))
    @SuppressWarnings("unchecked")
    public List<Executor> list() {
        GetExecutors m = new GetExecutors();
        m.colonyid = colonyId;
        return (List<Executor>) ops.call(caller.get(), m);
    }

    @GET
    @Path("{executorId}")
    @Operation(summary = "Get an executor", description = "Members of the colony.")
    @APIResponse(responseCode = "200", description = "The executor",
            content = @Content(schema = @Schema(ref = "Executor")))
    public Executor get(@PathParam("executorId") @Parameter(description = "Executor id (hex64)") String executorId) {
        return ops.call(caller.get(), ref(new GetExecutor(), executorId), Executor.class);
    }

    @POST
    @Path("{executorId}/approve")
    @Operation(summary = "Approve an executor", description = "Colony owner only; only approved executors may work.")
    @APIResponse(responseCode = "204", description = "Approved")
    public void approve(@PathParam("executorId") @Parameter(description = "Executor id (hex64)") String executorId) {
        ops.call(caller.get(), ref(new ApproveExecutor(), executorId));
    }

    @POST
    @Path("{executorId}/reject")
    @Operation(summary = "Reject an executor", description = "Colony owner only.")
    @APIResponse(responseCode = "204", description = "Rejected")
    public void reject(@PathParam("executorId") @Parameter(description = "Executor id (hex64)") String executorId) {
        ops.call(caller.get(), ref(new RejectExecutor(), executorId));
    }

    @DELETE
    @Path("{executorId}")
    @Operation(summary = "Remove an executor", description = "Colony owner only. Its running processes go back"
            + " to the queue.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("executorId") @Parameter(description = "Executor id (hex64)") String executorId) {
        ops.call(caller.get(), ref(new DeleteExecutor(), executorId));
    }

    @GET
    @Path("{executorId}/functions")
    @Operation(summary = "List an executor's functions", description = "Members of the colony.")
    @APIResponse(responseCode = "200", description = "The functions the executor registered",
            content = @Content(schema = @Schema(ref = "FunctionList")))
    @SuppressWarnings("unchecked")
    public List<Function> functions(@PathParam("executorId") @Parameter(description = "Executor id (hex64)")
                                    String executorId) {
        GetFunctions m = new GetFunctions();
        m.executorid = inColony(executorId);
        return (List<Function>) ops.call(caller.get(), m);
    }

    private <M extends ExecutorRef> M ref(M message, String executorId) {
        message.executorid = inColony(executorId);
        return message;
    }

    private String inColony(String executorId) {
        PathScope.requireIn(colonyId, executors.colonyOf(executorId), "Executor " + executorId);
        return executorId;
    }
}
