package io.colonies.web.rpc;

import io.colonies.model.rpc.Message;
import io.colonies.server.security.Member;
import io.colonies.server.security.Caller;

/** One RPC message type: its payload class, the role it needs and what it does. */
public record Operation<M extends Message>(String payloadType, Class<M> payloadClass, String failureVerb,
                                           Access<M> access, Handler<M> handler) {

    /** Does the work. May return a value to send as JSON, {@link Replies#EMPTY}, or a CompletionStage. */
    @FunctionalInterface
    public interface Handler<M> {
        Object handle(Request<M> request);
    }

    /** What a handler gets: the verified caller, the payload, and the executor when the role was a membership. */
    public record Request<M>(Caller caller, M message, Member member) {
    }
}
