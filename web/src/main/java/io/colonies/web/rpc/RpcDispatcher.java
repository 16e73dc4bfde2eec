package io.colonies.web.rpc;

import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.Message;
import io.colonies.model.rpc.RpcReply;
import io.colonies.model.rpc.RpcRequest;
import io.colonies.model.security.CryptoException;
import io.colonies.model.security.SignatureVerifier;
import io.colonies.server.error.Causes;
import io.colonies.server.security.Caller;
import io.colonies.server.security.ReplayGuard;
import io.colonies.server.metrics.SecurityMetrics;
import io.colonies.web.metrics.RpcMetrics;
import io.colonies.web.metrics.RpcTiming;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Handles one {@code POST /api} body in the order of PROTOCOL §1.5: envelope, signature, payload
 * type, payload JSON, msgtype, then the operation, whose use case checks the role. Every failure becomes an error envelope; nothing
 * escapes as a 500 with a stack trace.
 */
@ApplicationScoped
public class RpcDispatcher {
    public static final String VERSION_TYPE = "versionmsg";

    @Inject
    Instance<RpcFamily> families;

    @Inject
    RpcErrors errors;

    @Inject
    ReplayGuard replays;

    @Inject
    RpcMetrics metrics;

    @Inject
    SecurityMetrics securityMetrics;

    private final Operations operations = new Operations();

    @PostConstruct
    void init() {
        families.forEach(family -> family.register(operations));
    }

    public CompletionStage<RpcResult> dispatch(String body) {
        RpcTiming timing = metrics.start();
        try {
            RpcRequest envelope = parseEnvelope(body);
            Operation<?> operation = operations.find(envelope.payloadtype);
            timing.operation(operation == null ? null : operation.payloadType());
            Caller caller = VERSION_TYPE.equals(envelope.payloadtype) ? null : recoverCaller(envelope);
            if (operation == null) {
                throw RpcException.forbidden("invalid rpcMsg.PayloadType, " + envelope.payloadtype);
            }
            if (caller != null) {
                replays.requireFirstEnvelope(caller, envelope.signature); // no-op unless COLONIES_RPC_STRICT_REPLAY
            }
            return timing.finish(run(operation, envelope, caller));
        } catch (RuntimeException e) {
            return timing.finish(CompletableFuture.completedFuture(errors.toResult(e)));
        }
    }

    private <M extends Message> CompletionStage<RpcResult> run(Operation<M> op, RpcRequest envelope, Caller caller) {
        M message = parsePayload(op, envelope);
        Object value = op.handler().handle(new Operation.Request<>(caller, message));
        if (value instanceof CompletionStage<?> pending) {
            return pending.handle((v, failure) -> failure == null ? success(op, v) : errors.toResult(failure));
        }
        return CompletableFuture.completedFuture(success(op, value));
    }

    private RpcResult success(Operation<?> op, Object value) {
        if (value instanceof RpcResult ready) {
            return ready;
        }
        // an empty list is null, as the reference encodes a nil slice
        String json = value == Replies.EMPTY ? "{}" : ReferenceShapes.replyJson(value);
        return new RpcResult(200, Envelopes.success(op.payloadType(), json));
    }

    private static RpcRequest parseEnvelope(String body) {
        RpcRequest envelope;
        try {
            envelope = body == null || body.isBlank() ? null : WireJson.fromClientJson(body, RpcRequest.class);
        } catch (JsonbException e) {
            throw RpcException.badRequest("Invalid RPC envelope: " + Causes.rootMessage(e, "malformed JSON"));
        }
        if (envelope == null || envelope.payloadtype == null || envelope.payloadtype.isEmpty()) {
            throw RpcException.badRequest("Invalid RPC envelope: payloadtype is missing");
        }
        if (envelope.payload == null) {
            throw RpcException.badRequest("Invalid RPC envelope: payload is missing");
        }
        return envelope;
    }

    private Caller recoverCaller(RpcRequest envelope) {
        try {
            return new Caller(SignatureVerifier.recoverId(envelope.payload,
                    envelope.signature == null ? "" : envelope.signature));
        } catch (CryptoException e) {
            securityMetrics.signatureFailed(SecurityMetrics.RPC);
            throw RpcException.forbidden(e.getMessage());
        }
    }

    private static <M extends Message> M parsePayload(Operation<M> op, RpcRequest envelope) {
        String json = WireJson.decodeBase64(envelope.payload);
        M message;
        try {
            message = json == null ? null : WireJson.fromClientJson(json, op.payloadClass());
        } catch (JsonbException e) {
            throw RpcException.badRequest("Failed to " + op.failureVerb() + ", invalid JSON: " + Causes.rootMessage(e, "malformed JSON"));
        }
        if (message == null) {
            throw RpcException.badRequest("Failed to " + op.failureVerb() + ", invalid JSON");
        }
        if (!op.payloadType().equals(message.msgtype)) {
            throw RpcException.badRequest("Failed to " + op.failureVerb() + ", msg.MsgType does not match payloadType");
        }
        return message;
    }

    /** The reply envelope for a failure, used by the resource when something fails outside dispatch. */
    public RpcReply failure(Throwable e) {
        return errors.toResult(e).reply();
    }
}
