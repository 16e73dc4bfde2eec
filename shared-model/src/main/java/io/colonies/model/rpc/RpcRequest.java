package io.colonies.model.rpc;

/** The signed request envelope (PROTOCOL §1.2). */
public class RpcRequest {
    public String signature = "";
    public String payloadtype = "";
    public String payload = "";
}
