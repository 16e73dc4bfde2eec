package io.colonies.web.rest.process;

import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ProcessId;
import io.colonies.server.process.Processes;
import io.colonies.web.rest.security.SignedCaller;
import io.colonies.web.rest.security.Signed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The assignment of a running process, which its executor may give back (unassignprocessmsg). */
@Path("/v1/colonies/{colonyId}/processes/{processId}/assignment")
@Signed
@Tag(name = "Processes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnassignResource {
    @Inject
    Processes processes;

    @Inject
    SignedCaller caller;

    @PathParam("colonyId")
    @Parameter(description = "Colony id (hex64)")
    String colonyId;

    @PathParam("processId")
    @Parameter(description = "Process id (hex64)")
    String processId;

    @DELETE
    @Operation(summary = "Unassign a running process", description = "The executor it is assigned to. The"
            + " process waits again at its old queue position; this is not a retry.")
    @APIResponse(responseCode = "204", description = "Back in the queue")
    @APIResponse(responseCode = "403", description = "The caller is not the process's executor")
    @APIResponse(responseCode = "409", description = "The process is not running")
    public void unassign() {
        processes.unassign(caller.get(), ColonyScope.of(colonyId), ProcessId.of(processId));
    }
}
