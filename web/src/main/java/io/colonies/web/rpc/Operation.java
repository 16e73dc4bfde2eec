package io.colonies.web.rpc;

import io.colonies.model.rpc.Message;
import io.colonies.server.security.Caller;

/**
 * One RPC message type: its payload class and the adapter that decodes it, calls its use case (which
 * checks the role) and returns the reply value.
 */
public record Operation<M extends Message>(String payloadType, Class<M> payloadClass, String failureVerb,
                                           Handler<M> handler) {

    /** Does the work. May return a value to send as JSON, {@link Replies#EMPTY}, or a CompletionStage. */
    @FunctionalInterface
    public interface Handler<M> {
        Object handle(Request<M> request);
    }

    /** What a handler gets: the verified caller and the payload. */
    public record Request<M>(Caller caller, M message) {
    }
}
