package io.colonies.web.rpc;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api}, the endpoint existing Colonies clients speak to. Always asynchronous: most
 * replies are ready at once, while a long-polling assign resumes later without holding a thread.
 */
@Path("/api")
@Tag(name = "RPC", description = "The Colonies v1.1.1 RPC protocol used by the Go, Python and JS SDKs and the CLI")
public class RpcResource {
    private static final String ENVELOPE_EXAMPLE = "{\"signature\":\"33fbd6a31f0e7b068eb0e405304e53ea710a463bc16e9be72abb"
            + "12084c0b2a2d457a160343ebb8a484bacb916d6d1c2d8b71775db6676639ba7abec77f31124700\",\"payloadtype\":"
            + "\"addcolonymsg\",\"payload\":\"eyJjb2xvbnkiOnsiY29sb255aWQiOiI0Nzg3YTUwNzE4NTZhNGFjZjcwMmIyZmZjZWE0MjJl"
            + "MzIzN2E2NzljNjgxMzE0MTEzZDg2MTM5NDYxMjkwY2Y0IiwibmFtZSI6InRlc3RfY29sb255In0sIm1zZ3R5cGUiOiJhZGRjb2xvbnlt"
            + "c2cifQ==\"}";

    @Inject
    RpcDispatcher dispatcher;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Call a Colonies RPC operation",
            description = "The body is a signed envelope: payload is the standard base64 of the JSON message, signature"
                    + " the hex of a 65-byte recoverable secp256k1 signature over SHA3-256 of the payload string."
                    + " The reply envelope's error flag tells success from failure; on failure its payload decodes to"
                    + " {\"status\":…,\"message\":…}.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RpcEnvelopeDoc.class),
            examples = @ExampleObject(name = "addcolonymsg", summary = "Add a colony, signed by the server owner",
                    value = ENVELOPE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Success envelope",
            content = @Content(schema = @Schema(implementation = RpcReplyDoc.class)))
    @APIResponse(responseCode = "400", description = "Malformed envelope or payload, msgtype mismatch, invalid input",
            content = @Content(schema = @Schema(implementation = RpcReplyDoc.class)))
    @APIResponse(responseCode = "403", description = "Bad signature, unknown payload type, or the caller lacks the role",
            content = @Content(schema = @Schema(implementation = RpcReplyDoc.class)))
    @APIResponse(responseCode = "404", description = "assignprocessmsg found nothing to assign, or an unknown id",
            content = @Content(schema = @Schema(implementation = RpcReplyDoc.class)))
    public void call(String body, @Suspended AsyncResponse response) {
        dispatcher.dispatch(body).whenComplete((result, failure) -> {
            RpcResult outcome = failure == null ? result : new RpcResult(500, dispatcher.failure(failure));
            boolean delivered = response.resume(Response.status(outcome.status()).entity(outcome.reply())
                    .type(MediaType.APPLICATION_JSON).build());
            if (!delivered) {
                outcome.onUndelivered().run();
            }
        });
    }

    /** OpenAPI view of the request envelope. */
    @Schema(name = "RpcEnvelope", description = "A signed Colonies RPC request")
    public static class RpcEnvelopeDoc {
        @Schema(description = "130 hex characters: R (32 bytes) ‖ S (32 bytes) ‖ recovery id (1 byte); empty for versionmsg",
                example = "33fbd6a31f0e7b068eb0e405304e53ea710a463bc16e9be72abb12084c0b2a2d457a160343ebb8a484bacb916d6d1c2d8b71775db6676639ba7abec77f31124700")
        public String signature;
        @Schema(description = "Message type, equal to the payload's msgtype", example = "addcolonymsg")
        public String payloadtype;
        @Schema(description = "Standard base64 of the UTF-8 JSON message")
        public String payload;
    }

    /** OpenAPI view of the reply envelope. */
    @Schema(name = "RpcReply", description = "A Colonies RPC reply")
    public static class RpcReplyDoc {
        @Schema(description = "The request's payload type on success, \"error\" on failure", example = "addcolonymsg")
        public String payloadtype;
        @Schema(description = "Standard base64 of the reply JSON, or of {\"status\":…,\"message\":…} on failure",
                example = "e30=")
        public String payload;
        @Schema(description = "True for error replies", example = "false")
        public boolean error;
    }
}
