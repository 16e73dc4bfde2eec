package io.colonies.web.rpc;

/** A family of RPC messages (colonies, executors, processes, …); CDI finds every implementation. */
public interface RpcFamily {
    void register(Operations operations);
}
