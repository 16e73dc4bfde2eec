package io.colonies.web.rest.process;

import io.colonies.model.core.Process;
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

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a process (long-poll)", description = "Approved members. Claims the best"
            + " waiting process of the caller's executor type at once or waits up to 'timeout' seconds; the"
            + " process is then RUNNING and assigned to the caller.")
    @APIResponse(responseCode = "200", description = "The assigned process",
            content = @Content(schema = @Schema(ref = "Process")))
    @APIResponse(responseCode = "204", description = "Nothing was assignable within the timeout")
    public void assign(@PathParam("colonyId") @Parameter(description = "Colony id (hex64)") String colonyId,
                       @QueryParam("timeout") @Parameter(description = "Seconds to wait, 0 (default) for a single"
                               + " attempt; capped by COLONIES_MAX_LONG_POLL_SECONDS", example = "10") String timeout,
                       @Suspended AsyncResponse response,
                       @Context HttpServletRequest request) {
        Caller caller = signedCaller.get();
        int seconds = Params.integer("timeout", timeout, 0);
        if (seconds < 0) {
            throw new RestInputException("timeout", "Query parameter 'timeout' must be 0 or more seconds");
        }
        int attempts = seconds == 0 ? -1 : seconds; // 0 means one attempt here; the use case keeps RPC's meaning
        Member member = processes.authorizeAssign(caller, ColonyId.of(colonyId), attempts);
        assignments.assign(member, colonyId, attempts, RequestConnection.of(request)).whenComplete((process, failure) -> {
            if (failure == null) {
                deliver(response, process, member);
            } else {
                response.resume(nothingAssigned(failure) ? Response.noContent().build() : problems.toResponse(failure));
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
