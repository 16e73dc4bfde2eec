package io.colonies.web.metrics;

import io.colonies.model.json.WireJson;
import io.colonies.web.rpc.RpcResult;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Times one {@code POST /api} call from the moment its body arrives until its reply is ready,
 * long-polls included. The operation is set once the payload type is known to the operation table.
 */
public final class RpcTiming {
    private final RequestMetrics metrics;
    private final long started = System.nanoTime();
    private volatile String operation = RequestMetrics.UNKNOWN;

    RpcTiming(RequestMetrics metrics) {
        this.metrics = metrics;
    }

    /** The registered payload type; null (not registered) keeps {@link RequestMetrics#UNKNOWN}. */
    public void operation(String payloadType) {
        if (payloadType != null) {
            operation = payloadType;
        }
    }

    /** Records the reply when it is ready and hands the same stage on. */
    public CompletionStage<RpcResult> finish(CompletionStage<RpcResult> reply) {
        return reply.whenComplete((result, failure) -> {
            int status = failure != null || result == null ? 500 : result.status();
            metrics.record("rpc", operation, status, started, status >= 500 && result != null ? errorText(result) : null);
        });
    }

    /** The message of an error envelope, where the incident id is quoted. */
    private static String errorText(RpcResult result) {
        try {
            String json = new String(Base64.getDecoder().decode(result.reply().payload), StandardCharsets.UTF_8);
            Object message = WireJson.fromJson(json, Map.class).get("message");
            return message == null ? null : message.toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
