package io.colonies.model.core;

import io.colonies.model.json.GoTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A running workflow (PROTOCOL §4.9). */
public class ProcessGraph {
    public String processgraphid = "";
    public String colonyid = "";
    public List<String> rootprocessids = new ArrayList<>();
    public int state;
    public Instant submissiontime = GoTime.ZERO;
    public Instant starttime = GoTime.ZERO;
    public Instant endtime = GoTime.ZERO;
    public List<String> processids = new ArrayList<>();
    public List<GraphNode> nodes = new ArrayList<>();
    public List<GraphEdge> edges = new ArrayList<>();
}
