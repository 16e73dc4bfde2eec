package io.colonies.web.rest.process;

import io.colonies.model.core.Conditions;
import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ExecutorId;
import io.colonies.server.id.ExecutorType;
import io.colonies.server.id.ProcessId;
import io.colonies.server.process.CloseCoalescer;
import io.colonies.server.process.Processes;
import io.colonies.server.process.QueuePosition;
import io.colonies.server.process.Submitted;
import io.colonies.web.rest.PathScope;
import io.colonies.web.rest.Params;
import io.colonies.web.rest.RestInputException;
import io.colonies.web.rest.security.SignedCaller;
import io.colonies.web.rest.security.Signed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Processes of a colony (PROTOCOL §5.5): decode, call the {@link Processes} use case RPC calls too, encode. */
@Path("/v1/colonies/{colonyId}/processes")
@Signed
@Tag(name = "Processes", description = "Processes: submitted function specs and their life in the queue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProcessResource {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;
    private static final String SPEC_EXAMPLE = "{\"funcname\":\"echo\",\"args\":[\"hello\"],\"priority\":0,"
            + "\"maxwaittime\":-1,\"maxexectime\":60,\"maxretries\":3,\"conditions\":{\"executortype\":\"cli\"}}";

    @Inject
    Processes processes;

    @Inject
    CloseCoalescer closes;

    @Inject
    SignedCaller caller;

    @Context
    UriInfo uri;

    @PathParam("colonyId")
    @Parameter(description = "Colony id (hex64)")
    String colonyId;

    @POST
    @Operation(summary = "Submit a function spec", description = "Approved members. With an Idempotency-Key, a"
            + " retried submit (to any replica) returns the first process with 200 instead of creating another.")
    @RequestBody(required = true, content = @Content(schema = @Schema(ref = "FunctionSpec"),
            examples = @ExampleObject(name = "echo", value = SPEC_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Submitted; Location names the process",
            content = @Content(schema = @Schema(ref = "Process")),
            headers = @Header(name = "Location", description = "URL of the process",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "200", description = "A submit with this Idempotency-Key was already accepted;"
            + " this is that process", content = @Content(schema = @Schema(ref = "Process")))
    public Response submit(@HeaderParam(IDEMPOTENCY_KEY) @Parameter(description = "Client-chosen key, unique per"
                                   + " colony, that makes a retried submit return the first process",
                                   example = "order-4711-attempt") String idempotencyKey,
                           FunctionSpec spec) {
        FunctionSpec body = Params.body(spec, "a function spec");
        if (body.conditions == null) {
            body.conditions = new Conditions();
        }
        body.conditions.colonyid = PathScope.bodyColony(colonyId, body.conditions.colonyid, "conditions.colonyid");
        Submitted submitted = processes.submit(caller.get(), body, checkedKey(idempotencyKey));
        Process p = submitted.process();
        URI location = uri.getAbsolutePathBuilder().path(p.processid).build();
        return (submitted.created() ? Response.created(location) : Response.ok()).location(location).entity(p).build();
    }

    @GET
    @Operation(summary = "List processes in a state", description = "Members and the colony owner. Ordered as"
            + " the queue serves them (priority, then submission); page with the 'next' cursor.")
    @APIResponse(responseCode = "200", description = "One page; 'next' is absent on the last page",
            content = @Content(schema = @Schema(ref = "ProcessPage")),
            headers = @Header(name = "Link", description = "rel=\"next\" URL of the following page",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response list(
            @QueryParam("state") @Parameter(required = true, description = "waiting, running, success, failed or cancelled",
                    example = "waiting") String state,
            @QueryParam("executorType") @Parameter(description = "Only this executor type", example = "cli")
            String executorType,
            @QueryParam("limit") @Parameter(description = "Page size, 1-100 (default 20)", example = "20") String limit,
            @QueryParam("cursor") @Parameter(description = "The 'next' value of the previous page") String cursor) {
        int wanted = Params.state(state);
        int count = Params.limit(limit);
        PageCursor after = PageCursor.parse(cursor);
        List<Process> items = processes.list(caller.get(), colony(), wanted, ExecutorType.of(executorType),
                new QueuePosition(after.priorityTime(), after.processId()), count);
        ProcessPage page = new ProcessPage();
        page.items = items;
        Response.ResponseBuilder response = Response.ok(page);
        if (items.size() == count) {
            page.next = PageCursor.after(items.get(items.size() - 1)).encode();
            response.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next).build(), "next");
        }
        return response.build();
    }

    @GET
    @Path("history")
    @Operation(summary = "Process history", description = "Members and the colony owner: processes in a state"
            + " submitted in the last 'seconds', optionally only those an executor ran.")
    @APIResponse(responseCode = "200", description = "Matching processes, oldest first",
            content = @Content(schema = @Schema(ref = "ProcessList")))
    public List<Process> history(
            @QueryParam("state") @Parameter(required = true, description = "waiting, running, success, failed or cancelled",
                    example = "success") String state,
            @QueryParam("seconds") @Parameter(description = "How far back (default 3600)", example = "3600")
            String seconds,
            @QueryParam("executorId") @Parameter(description = "Only processes this executor ran") String executorId) {
        int wanted = Params.state(state);
        int back = Params.integer("seconds", seconds, 3600);
        return processes.history(caller.get(), colony(), ExecutorId.of(executorId), back, wanted);
    }

    @GET
    @Path("{processId}")
    @Operation(summary = "Get a process", description = "Approved members.")
    @APIResponse(responseCode = "200", description = "The process", content = @Content(schema = @Schema(ref = "Process")))
    public Process get(@PathParam("processId") @Parameter(description = "Process id (hex64)") String processId) {
        return processes.get(caller.get(), scope(), ProcessId.of(processId));
    }

    @DELETE
    @Path("{processId}")
    @Operation(summary = "Delete a process", description = "Approved members.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("processId") @Parameter(description = "Process id (hex64)") String processId) {
        processes.delete(caller.get(), scope(), ProcessId.of(processId));
    }

    @DELETE
    @Operation(summary = "Delete all standalone processes", description = "Colony owner only; processes of"
            + " workflows go with their workflow. Running processes cannot be deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteAll(@QueryParam("state") @Parameter(description = "Only this state (waiting, success,"
            + " failed); all states when absent", example = "success") String state) {
        processes.deleteAll(caller.get(), colony(), Params.optionalState(state, ProcessState.NOTSET));
    }

    @POST
    @Path("{processId}/success")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Close a process as successful", description = "The executor it is assigned to.")
    @RequestBody(content = @Content(schema = @Schema(ref = "CloseSuccess"),
            examples = @ExampleObject(name = "output", value = "{\"out\":[\"hello\"]}")))
    @APIResponse(responseCode = "204", description = "Closed")
    @APIResponse(responseCode = "409", description = "The process is not running (lost race or invalid transition)")
    public void success(@PathParam("processId") @Parameter(description = "Process id (hex64)") String processId,
                        CloseSuccess body) {
        closes.closeSuccessful(caller.get(), scope(), ProcessId.of(processId),
                body == null || body.out == null ? List.of() : body.out);
    }

    @POST
    @Path("{processId}/failure")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Close a process as failed", description = "The executor it is assigned to; the process"
            + " is retried if it has retries left.")
    @RequestBody(content = @Content(schema = @Schema(ref = "CloseFailure"),
            examples = @ExampleObject(name = "errors", value = "{\"errors\":[\"exit status 1\"]}")))
    @APIResponse(responseCode = "204", description = "Closed")
    @APIResponse(responseCode = "409", description = "The process is not running (lost race or invalid transition)")
    public void failure(@PathParam("processId") @Parameter(description = "Process id (hex64)") String processId,
                        CloseFailure body) {
        closes.closeFailed(caller.get(), scope(), ProcessId.of(processId),
                body == null || body.errors == null ? List.of() : body.errors);
    }

    @POST
    @Path("{processId}/cancel")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Cancel a process", description = "Approved members and the colony owner. A waiting"
            + " process ends CANCELLED (state 4) at once; a running one is marked CANCELLED and its executor's"
            + " next close or attribute is refused with 409. Processes of a workflow are cancelled with it.")
    @APIResponse(responseCode = "200", description = "The cancelled process",
            content = @Content(schema = @Schema(ref = "Process")))
    @APIResponse(responseCode = "400", description = "The process belongs to a workflow")
    @APIResponse(responseCode = "409", description = "The process had already finished")
    public Process cancel(@PathParam("processId") @Parameter(description = "Process id (hex64)") String processId) {
        return processes.cancel(caller.get(), scope(), ProcessId.of(processId));
    }

    private ColonyId colony() {
        return ColonyId.of(colonyId);
    }

    private ColonyScope scope() {
        return ColonyScope.of(colonyId);
    }

    private static String checkedKey(String key) {
        if (key == null) {
            return "";
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new RestInputException(IDEMPOTENCY_KEY, "Header Idempotency-Key must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters");
        }
        return key;
    }
}
