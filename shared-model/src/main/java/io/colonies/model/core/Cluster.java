package io.colonies.model.core;

import java.util.ArrayList;
import java.util.List;

/** The replicas sharing this database and the one currently holding the scan lease. */
public class Cluster {
    public List<ClusterNode> nodes = new ArrayList<>();
    public ClusterNode leader = new ClusterNode();
}
