package io.colonies.model.core;

/** One server replica as reported by getclustermsg. */
public class ClusterNode {
    public String name = "";
    public String host = "";
    public int port;
    public int peerport;
    public int relayport;
    public int apiport;
}
