package io.colonies.web.rest.process;

import io.colonies.model.core.Process;
import io.colonies.model.json.WireJson;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.id.ColonyId;
import io.colonies.server.process.AssignWaiters;
import io.colonies.server.process.NothingAssignedException;
import io.colonies.server.process.Processes;
import io.colonies.server.security.Caller;
import io.colonies.server.security.Member;
import io.colonies.web.connection.RequestConnection;
import io.colonies.web.rest.Params;
import io.colonies.web.rest.Problems;
import io.colonies.web.rest.RestInputException;
import io.colonies.web.rest.security.SignedCaller;
import io.colonies.web.rest.security.Signed;
import io.colonies.web.error.ErrorCauses;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The assign long-poll, held like RPC assign: {@link Processes#authorizeAssign} checks the caller, then
 * the request is suspended without a thread or a transaction, joins the same {@link AssignWaiters}
 * lane, and is woken by a WAITING event from any replica. Nothing to assign within the timeout is 204, a normal outcome of polling, not an error.
 * With {@code max} it is a batch assign: one claim statement for up to that many, an array in reply.
 */
@Path("/v1/colonies/{colonyId}/assignments")
@Signed
@Tag(name = "Processes")
public class AssignmentResource {
    @Inject
    Processes processes;

    @Inject
    AssignWaiters assignments;

    @Inject
    Problems problems;

    @Inject
    SignedCaller signedCaller;

    @Inject
    ColoniesConfig config;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a process, or a batch of processes (long-poll)", description = "Approved members."
            + " Claims the best waiting process of the caller's executor type at once or waits up to 'timeout'"
            + " seconds; the process is then RUNNING and assigned to the caller. With 'max', claims up to that"
            + " many in one statement and replies with an array as soon as at least one is claimed.")
    @APIResponse(responseCode = "200", description = "The assigned process; with 'max', an array of 1 to max"
            + " processes in service order", content = @Content(schema = @Schema(ref = "Process")))
    @APIResponse(responseCode = "204", description = "Nothing was assignable within the timeout")
    public void assign(@PathParam("colonyId") @Parameter(description = "Colony id (hex64)") String colonyId,
                       @QueryParam("timeout") @Parameter(description = "Seconds to wait, 0 (default) for a single"
                               + " attempt; capped by COLONIES_MAX_LONG_POLL_SECONDS", example = "10") String timeout,
                       @QueryParam("max") @Parameter(description = "Batch assign: claim up to this many (1 to"
                               + " COLONIES_MAX_ASSIGN_BATCH, default 64) and reply with an array; absent, the"
                               + " reply is one process", example = "16") String max,
                       @Suspended AsyncResponse response,
                       @Context HttpServletRequest request) {
        Caller caller = signedCaller.get();
        int seconds = Params.integer("timeout", timeout, 0);
        if (seconds < 0) {
            throw new RestInputException("timeout", "Query parameter 'timeout' must be 0 or more seconds");
        }
        int batch = batchSize(max);
        int attempts = seconds == 0 ? -1 : seconds; // 0 means one attempt here; the use case keeps RPC's meaning
        Member member = processes.authorizeAssign(caller, ColonyId.of(colonyId), attempts);
        if (batch > 0) {
            assignBatch(member, colonyId, attempts, batch, response, request);
            return;
        }
        assignments.assign(member, colonyId, attempts, RequestConnection.of(request)).whenComplete((process, failure) -> {
            if (failure == null) {
                deliver(response, process, member);
            } else {
                response.resume(nothingAssigned(failure) ? Response.noContent().build() : problems.toResponse(failure));
            }
        });
    }

    /** 0 when {@code max} is absent (the single assign), else 1 to COLONIES_MAX_ASSIGN_BATCH. */
    private int batchSize(String max) {
        if (max == null) {
            return 0;
        }
        int limit = config.maxAssignBatch();
        int wanted = Params.integer("max", max, 0);
        if (wanted < 1 || wanted > limit) {
            throw new RestInputException("max", "Query parameter 'max' must be between 1 and " + limit
                    + " (COLONIES_MAX_ASSIGN_BATCH), got " + max);
        }
        return wanted;
    }

    private void assignBatch(Member member, String colonyId, int attempts, int max, AsyncResponse response,
                             HttpServletRequest request) {
        assignments.assignUpTo(member, colonyId, attempts, max, RequestConnection.of(request))
                .whenComplete((claimed, failure) -> {
                    if (failure != null) {
                        response.resume(nothingAssigned(failure) ? Response.noContent().build()
                                : problems.toResponse(failure));
                        return;
                    }
                    // written here, with the wire JSON of every reply, because JAX-RS would need the list's type
                    String array = WireJson.toJson(claimed);
                    if (!response.resume(Response.ok(array, MediaType.APPLICATION_JSON_TYPE).build())) {
                        assignments.giveBack(claimed, member); // the client went away: none is stranded
                    }
                });
    }

    private void deliver(AsyncResponse response, Process process, Member member) {
        boolean delivered = response.resume(Response.ok(process, MediaType.APPLICATION_JSON_TYPE).build());
        if (!delivered) {
            // The client went away: put the process back rather than strand it as RUNNING.
            assignments.giveBack(process, member);
        }
    }

    private static boolean nothingAssigned(Throwable failure) {
        // Only the poll's own "nothing" is 204; a 404 because the colony went away is an error.
        return ErrorCauses.domainCause(failure) instanceof NothingAssignedException;
    }
}
