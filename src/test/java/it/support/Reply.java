package it.support;

import io.colonies.model.core.Failure;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.RpcReply;
import java.lang.reflect.Type;

/** An HTTP status and the decoded reply envelope. */
public record Reply(int status, RpcReply envelope) {
    public boolean ok() {
        return status == 200 && !envelope.error;
    }

    public String json() {
        return Envelopes.payloadJson(envelope);
    }

    public <T> T as(Class<T> type) {
        if (!ok()) {
            throw new AssertionError("expected success, got " + status + " " + json());
        }
        return WireJson.fromJson(json(), type);
    }

    public <T> T as(Type type) {
        if (!ok()) {
            throw new AssertionError("expected success, got " + status + " " + json());
        }
        return WireJson.fromJson(json(), type);
    }

    public Failure failure() {
        if (!envelope.error) {
            throw new AssertionError("expected an error reply, got " + json());
        }
        return Envelopes.failureOf(envelope);
    }

    @Override
    public String toString() {
        return status + " " + envelope.payloadtype + " " + json();
    }
}
