package io.colonies.model.rpc;

/** Base of every RPC payload. */
public abstract class Message {
    public String msgtype = "";

    protected Message(String msgtype) {
        this.msgtype = msgtype;
    }
}
