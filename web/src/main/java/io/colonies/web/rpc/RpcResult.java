package io.colonies.web.rpc;

import io.colonies.model.rpc.RpcReply;

/**
 * A reply and its HTTP status. {@code onUndelivered} undoes side effects of a reply that never
 * reached its client, such as a claimed process whose long-poll was cancelled.
 */
public record RpcResult(int status, RpcReply reply, Runnable onUndelivered) {
    public RpcResult(int status, RpcReply reply) {
        this(status, reply, () -> { });
    }
}
