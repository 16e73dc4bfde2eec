package io.colonies.web.rest.process;

import io.colonies.model.core.PauseStatus;
import io.colonies.server.id.ColonyId;
import io.colonies.server.process.AssignmentPauses;
import io.colonies.web.rest.security.Signed;
import io.colonies.web.rest.security.SignedCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The pause of a colony's assignments as a resource that exists while the colony is paused
 * (pauseassignmentsmsg, resumeassignmentsmsg, getpausestatusmsg): PUT creates it, DELETE removes it,
 * both idempotent; every answer is the resulting {@code PauseStatus}.
 */
@Path("/v1/colonies/{colonyId}/assignments/pause")
@Signed
@Tag(name = "Processes")
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentPauseResource {
    @Inject
    AssignmentPauses pauses;

    @Inject
    SignedCaller caller;

    @PathParam("colonyId")
    @Parameter(description = "Colony id (hex64)")
    String colonyId;

    @PUT
    @Operation(summary = "Pause assignments", description = "Colony owner only. Until resumed, assigns of this"
            + " colony (on every replica) wait up to their timeout instead of getting a process; submits still"
            + " queue. Pausing a paused colony changes nothing.")
    @APIResponse(responseCode = "200", description = "Paused", content = @Content(schema = @Schema(ref = "PauseStatus")))
    public PauseStatus pause() {
        return pauses.pause(caller.get(), ColonyId.of(colonyId));
    }

    @DELETE
    @Operation(summary = "Resume assignments", description = "Colony owner only. Waiting assigns of this colony"
            + " on every replica look at the queue again at once. Resuming a colony that is not paused changes"
            + " nothing.")
    @APIResponse(responseCode = "200", description = "Not paused",
            content = @Content(schema = @Schema(ref = "PauseStatus")))
    public PauseStatus resume() {
        return pauses.resume(caller.get(), ColonyId.of(colonyId));
    }

    @GET
    @Operation(summary = "Pause status", description = "Approved members and the colony owner.")
    @APIResponse(responseCode = "200", description = "Whether assignments are paused",
            content = @Content(schema = @Schema(ref = "PauseStatus")))
    public PauseStatus status() {
        return pauses.status(caller.get(), ColonyId.of(colonyId));
    }
}
