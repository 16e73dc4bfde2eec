package io.colonies.model.rpc;

import io.colonies.model.core.Failure;
import io.colonies.model.json.WireJson;
import io.colonies.model.security.PrivateKey;
import io.colonies.model.security.Signer;

/** Builds and opens envelopes; shared by the server, the Java SDK and the tests. */
public final class Envelopes {
    private Envelopes() {
    }

    /** Serialises, base64-encodes and signs a payload the way every Colonies client does. */
    public static RpcRequest signed(Message message, PrivateKey key) {
        RpcRequest request = new RpcRequest();
        request.payloadtype = message.msgtype;
        request.payload = WireJson.encodeBase64(WireJson.toJson(message));
        request.signature = key == null ? "" : Signer.sign(request.payload, key);
        return request;
    }

    public static RpcReply success(String payloadtype, String replyJson) {
        RpcReply reply = new RpcReply();
        reply.payloadtype = payloadtype;
        reply.payload = WireJson.encodeBase64(replyJson);
        reply.error = false;
        return reply;
    }

    public static RpcReply failure(int status, String message) {
        RpcReply reply = new RpcReply();
        reply.payloadtype = "error";
        reply.payload = WireJson.encodeBase64(WireJson.toJson(new Failure(status, message)));
        reply.error = true;
        return reply;
    }

    /** The decoded JSON text of a reply's payload. */
    public static String payloadJson(RpcReply reply) {
        return WireJson.decodeBase64(reply.payload);
    }

    /** The failure carried by an error reply. */
    public static Failure failureOf(RpcReply reply) {
        return WireJson.fromJson(payloadJson(reply), Failure.class);
    }
}
