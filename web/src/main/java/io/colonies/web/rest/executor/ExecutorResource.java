package io.colonies.web.rest.executor;

import io.colonies.model.core.Executor;
import io.colonies.model.core.Function;
import io.colonies.server.executor.Executors;
import io.colonies.server.executor.Functions;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ExecutorId;
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

/** Executors of a colony (PROTOCOL §5.3), through the use cases their RPC messages call, scoped to the path's colony. */
@Path("/v1/colonies/{colonyId}/executors")
@Signed
@Tag(name = "Executors", description = "Executors: the workers that pull and run processes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExecutorResource {
    @Inject
    Executors executors;

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
    @Operation(summary = "Register an executor", description = "Colony owner only. The executor starts PENDING"
            + " until approved; executorid is the identity of the executor's key pair.")
    @RequestBody(required = true, content = @Content(schema = @Schema(ref = "Executor"), examples = @ExampleObject(
            name = "executor", value = "{\"executorid\":\"8d3bd4c9f6a7e5b1c0d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4\","
                    + "\"executortype\":\"cli\",\"executorname\":\"worker-1\"}")))
    @APIResponse(responseCode = "201", description = "Registered; Location names the executor",
            content = @Content(schema = @Schema(ref = "Executor")))
    @APIResponse(responseCode = "409", description = "The name or id is already registered")
    public Response add(Executor executor) {
        Executor sent = Params.body(executor, "an executor");
        sent.colonyid = PathScope.bodyColony(colonyId, sent.colonyid, "colonyid");
        Executor added = executors.add(caller.get(), sent);
        return Response.created(uri.getAbsolutePathBuilder().path(added.executorid).build()).entity(added).build();
    }

    @GET
    @Operation(summary = "List executors", description = "Members (approved or not) and the colony owner.")
    @APIResponse(responseCode = "200", description = "The colony's executors",
            content = @Content(schema = @Schema(ref = "ExecutorList")))
    public List<Executor> list() {
        return executors.list(caller.get(), ColonyId.of(colonyId));
    }

    @GET
    @Path("{executorId}")
    @Operation(summary = "Get an executor", description = "Members of the colony.")
    @APIResponse(responseCode = "200", description = "The executor",
            content = @Content(schema = @Schema(ref = "Executor")))
    public Executor get(@PathParam("executorId") @Parameter(description = "Executor id (hex64)") String executorId) {
        return executors.get(caller.get(), scope(), ExecutorId.of(executorId));
    }

    @POST
    @Path("{executorId}/approve")
    @Operation(summary = "Approve an executor", description = "Colony owner only; only approved executors may work.")
    @APIResponse(responseCode = "204", description = "Approved")
    public void approve(@PathParam("executorId") @Parameter(description = "Executor id (hex64)") String executorId) {
        executors.approve(caller.get(), scope(), ExecutorId.of(executorId));
    }

    @POST
    @Path("{executorId}/reject")
    @Operation(summary = "Reject an executor", description = "Colony owner only.")
    @APIResponse(responseCode = "204", description = "Rejected")
    public void reject(@PathParam("executorId") @Parameter(description = "Executor id (hex64)") String executorId) {
        executors.reject(caller.get(), scope(), ExecutorId.of(executorId));
    }

    @DELETE
    @Path("{executorId}")
    @Operation(summary = "Remove an executor", description = "Colony owner only. Its running processes go back"
            + " to the queue.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("executorId") @Parameter(description = "Executor id (hex64)") String executorId) {
        executors.delete(caller.get(), scope(), ExecutorId.of(executorId));
    }

    @GET
    @Path("{executorId}/functions")
    @Operation(summary = "List an executor's functions", description = "Members of the colony.")
    @APIResponse(responseCode = "200", description = "The functions the executor registered",
            content = @Content(schema = @Schema(ref = "FunctionList")))
    public List<Function> functions(@PathParam("executorId") @Parameter(description = "Executor id (hex64)")
                                    String executorId) {
        return functions.ofExecutor(caller.get(), scope(), ExecutorId.of(executorId));
    }

    private ColonyScope scope() {
        return ColonyScope.of(colonyId);
    }
}
