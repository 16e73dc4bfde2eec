package io.colonies.web.rest.process;

import io.colonies.model.core.Log;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ProcessId;
import io.colonies.server.process.ProcessLogs;
import io.colonies.web.rest.Params;
import io.colonies.web.rest.RestInputException;
import io.colonies.web.rest.security.Signed;
import io.colonies.web.rest.security.SignedCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The log of a process: lines its executor adds while running it. Decode, call {@link ProcessLogs}, encode. */
@Path("/v1/colonies/{colonyId}/processes/{processId}/logs")
@Signed
@Tag(name = "Processes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LogResource {
    private static final int DEFAULT_COUNT = 100;

    @Inject
    ProcessLogs logs;

    @Inject
    SignedCaller caller;

    @PathParam("colonyId")
    @Parameter(description = "Colony id (hex64)")
    String colonyId;

    @PathParam("processId")
    @Parameter(description = "Process id (hex64)")
    String processId;

    @POST
    @Operation(summary = "Add a log line", description = "The executor running the process. A line over"
            + " COLONIES_MAX_LOG_MESSAGE_BYTES is a 400; a log already holding COLONIES_MAX_LOG_BYTES_PER_PROCESS"
            + " refuses further lines with a 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(ref = "LogLine"),
            examples = @ExampleObject(name = "line", value = "{\"message\":\"step 1 of 3 done\"}")))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(ref = "Log")))
    @APIResponse(responseCode = "403", description = "The caller is not the assignee, or the process is not running")
    @APIResponse(responseCode = "409", description = "The process's log is full")
    public Response add(LogLine line) {
        LogLine body = Params.body(line, "a log line");
        Log added = logs.add(caller.get(), scope(), ProcessId.of(processId), body.message);
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @GET
    @Operation(summary = "Read a process's log", description = "Approved members of the colony. Oldest first;"
            + " follow a log by passing the last timestamp seen as 'since'.")
    @APIResponse(responseCode = "200", description = "Up to 'count' lines after 'since'",
            content = @Content(schema = @Schema(ref = "LogList")))
    public List<Log> list(
            @QueryParam("since") @Parameter(description = "Only lines after this timestamp (Unix nanoseconds;"
                    + " default 0, from the start)", example = "0") String since,
            @QueryParam("count") @Parameter(description = "At most this many lines, 1..500 (default 100)",
                    example = "100") String count) {
        return logs.get(caller.get(), scope(), ProcessId.of(processId), Params.integer("count", count, DEFAULT_COUNT),
                since(since));
    }

    private static long since(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new RestInputException("since", "Query parameter 'since' must be an integer, got '" + value + "'");
        }
    }

    private ColonyScope scope() {
        return ColonyScope.of(colonyId);
    }
}
