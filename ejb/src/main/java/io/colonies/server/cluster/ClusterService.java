package io.colonies.server.cluster;

import io.colonies.model.core.Cluster;
import io.colonies.model.core.ClusterNode;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.db.Sql;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Which replicas share this database, and which one holds the deadline lease (the "leader"). */
@Stateless
public class ClusterService {
    /** A replica that has not been heard from for this long is no longer listed. */
    private static final int STALE_SECONDS = 15;

    @Inject
    Sql sql;

    @Inject
    ColoniesConfig config;

    @Inject
    LeaseService leases;



    public void heartbeat() {
        sql.update("INSERT INTO cluster_nodes (name, host, api_port, last_seen) VALUES (?, ?, ?, clock_timestamp())"
                        + " ON CONFLICT (name) DO UPDATE SET host = EXCLUDED.host, api_port = EXCLUDED.api_port,"
                        + " last_seen = EXCLUDED.last_seen",
                config.nodeName(), ColoniesConfig.hostName(), config.serverPort());
    }

    public Cluster describe() {
        Cluster cluster = new Cluster();
        List<ClusterNode> nodes = sql.query("SELECT name, host, api_port FROM cluster_nodes"
                + " WHERE last_seen > clock_timestamp() - ? * interval '1 second' ORDER BY name", rs -> {
                    ClusterNode n = new ClusterNode();
                    n.name = rs.getString(1);
                    n.host = rs.getString(2);
                    n.apiport = rs.getInt(3);
                    n.port = n.apiport;
                    return n;
                }, STALE_SECONDS);
        cluster.nodes = nodes;
        String leader = leases.holder("deadlines");
        cluster.leader = nodes.stream().filter(n -> n.name.equals(leader)).findFirst().orElseGet(ClusterNode::new);
        return cluster;
    }
}
