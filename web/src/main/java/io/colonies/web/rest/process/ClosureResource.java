package io.colonies.web.rest.process;

import io.colonies.server.id.ColonyId;
import io.colonies.server.process.CloseOutcome;
import io.colonies.server.process.Closure;
import io.colonies.server.process.Processes;
import io.colonies.web.rest.Params;
import io.colonies.web.rest.Problems;
import io.colonies.web.rest.security.SignedCaller;
import io.colonies.web.rest.security.Signed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The batch close: many closures of one assignee in one request, one result per closure. */
@Path("/v1/colonies/{colonyId}/processes/closures")
@Signed
@Tag(name = "Processes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClosureResource {
    private static final String A = "1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff001";
    private static final String B = "2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00112";
    private static final String EXAMPLE = "[{\"processid\":\"" + A + "\",\"successful\":true,\"out\":[\"hello\"]},"
            + "{\"processid\":\"" + B + "\",\"successful\":false,\"errors\":[\"exit status 1\"]}]";

    @Inject
    Processes processes;

    @Inject
    Problems problems;

    @Inject
    SignedCaller caller;

    @PathParam("colonyId")
    @Parameter(description = "Colony id (hex64)")
    String colonyId;

    @POST
    @Operation(summary = "Close many processes (batch)", description = "The executor they are assigned to."
            + " Closes each item as the single success or failure close would, all in one transaction; an item"
            + " that is refused (unknown, not the caller's, not running, cancelled, malformed, repeated) gets its"
            + " own status and problem and never stops the others. 1 to COLONIES_MAX_CLOSE_BATCH (default 256)"
            + " items.")
    @RequestBody(required = true, content = @Content(schema = @Schema(ref = "ClosureItemList"),
            examples = @ExampleObject(name = "mixed", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "One result per item, in order",
            content = @Content(schema = @Schema(ref = "ClosureResultList")))
    @APIResponse(responseCode = "400", description = "Not a JSON array of 1 to COLONIES_MAX_CLOSE_BATCH items")
    public List<ClosureResult> close(List<ClosureItem> items) {
        List<ClosureItem> body = Params.body(items, "an array of closures");
        List<Closure> closures = new ArrayList<>(body.size());
        for (ClosureItem item : body) {
            closures.add(item == null ? null : new Closure(item.processid, item.successful,
                    item.out == null ? List.of() : item.out, item.errors == null ? List.of() : item.errors));
        }
        List<ClosureResult> results = new ArrayList<>(closures.size());
        for (CloseOutcome outcome : processes.closeBatch(caller.get(), ColonyId.of(colonyId), closures)) {
            ClosureResult result = new ClosureResult();
            result.processid = outcome.processId();
            result.status = outcome.status();
            result.problem = outcome.closed() ? null : problems.toProblem(outcome.refusal());
            results.add(result);
        }
        return results;
    }
}
