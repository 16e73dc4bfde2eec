package io.colonies.web.rest.process;

import io.colonies.server.process.ProcessService;
import io.colonies.server.security.Authorizer;
import io.colonies.web.rest.PathScope;
import io.colonies.web.rest.Params;
import io.colonies.web.rest.RestInputException;
import io.colonies.web.rest.security.SignedCaller;
import io.colonies.web.rest.security.Signed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Server-Sent Events of process changes in the caller's colony, an alternative to the /pubsub
 * WebSocket. Like subscriptions, only approved members may listen, and only to their own colony.
 */
@Path("/v1/colonies/{colonyId}/events")
@Signed
@Tag(name = "Processes")
public class EventStreamResource {
    @Inject
    Authorizer authorizer;

    @Inject
    ProcessService processes;

    @Inject
    EventStreams streams;

    @Inject
    SignedCaller caller;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Stream process events (SSE)", description = "Approved members. Each change of a"
            + " process of the colony is an event named after the new state (waiting, running, success, failed,"
            + " cancelled) with id = process id and the process as JSON data. With processId and attributes=true,"
            + " each attribute added to or removed from that process is an event attribute-added or"
            + " attribute-removed with id = attribute id and {change, attribute} as data. Events come from every"
            + " replica. A comment"
            + " ': subscribed' confirms the subscription; ': keep-alive' comments follow while idle.")
    @APIResponse(responseCode = "200", description = "An event stream; each event's data is a process",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(ref = "Process")))
    public void events(@PathParam("colonyId") @Parameter(description = "Colony id (hex64)") String colonyId,
                       @QueryParam("processId") @Parameter(description = "Only this process") String processId,
                       @QueryParam("state") @Parameter(description = "Only changes to this state", example = "success")
                       String state,
                       @QueryParam("attributes") @Parameter(description = "Also the attribute changes of the"
                               + " process (needs processId)", example = "true") String attributes,
                       @Context SseEventSink sink, @Context Sse sse) {
        authorizer.requireMember(caller.get(), colonyId);
        int wanted = Params.optionalState(state, -1);
        String only = processId == null || processId.isEmpty() ? null : processId;
        boolean withAttributes = Params.bool("attributes", attributes);
        if (withAttributes && only == null) {
            throw new RestInputException("attributes", "Query parameter 'attributes' needs 'processId'");
        }
        if (only != null) {
            PathScope.requireIn(colonyId, processes.colonyOf(only), "Process " + only);
        }
        streams.add(new EventStream(sink, sse, colonyId, only, wanted < 0 ? null : wanted, withAttributes));
    }
}
