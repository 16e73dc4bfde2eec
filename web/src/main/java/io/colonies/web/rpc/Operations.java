package io.colonies.web.rpc;

import io.colonies.model.rpc.Message;
import java.util.HashMap;
import java.util.Map;

/** The operation table. Each message family adds its operations through an {@link RpcFamily}. */
public final class Operations {
    private final Map<String, Operation<?>> byType = new HashMap<>();

    /**
     * Registers a message type. {@code failureVerb} completes "Failed to …, invalid JSON" in parse
     * errors, as the reference words them (e.g. "add colony").
     */
    public <M extends Message> Operations add(String payloadType, Class<M> payloadClass, String failureVerb,
                                              Operation.Handler<M> handler) {
        if (byType.putIfAbsent(payloadType, new Operation<>(payloadType, payloadClass, failureVerb, handler))
                != null) {
            throw new IllegalStateException("payload type registered twice: " + payloadType);
        }
        return this;
    }

    public Operation<?> find(String payloadType) {
        return byType.get(payloadType);
    }

    public int size() {
        return byType.size();
    }
}
