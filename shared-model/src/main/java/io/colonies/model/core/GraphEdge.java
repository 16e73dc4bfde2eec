package io.colonies.model.core;

/** UI layout edge of a process graph; only for display. */
public class GraphEdge {
    public String id = "";
    public String source = "";
    public String target = "";
    public boolean animated;
}
