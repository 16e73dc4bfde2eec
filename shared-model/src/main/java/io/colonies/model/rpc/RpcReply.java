package io.colonies.model.rpc;

/** The reply envelope (PROTOCOL §1.3); {@code error} decides success, not the HTTP status. */
public class RpcReply {
    public String payloadtype = "";
    public String payload = "";
    public boolean error;
}
