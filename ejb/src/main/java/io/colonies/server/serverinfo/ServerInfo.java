package io.colonies.server.serverinfo;

import io.colonies.model.core.Cluster;
import io.colonies.model.core.Statistics;
import io.colonies.server.cluster.ClusterService;
import io.colonies.server.colony.ColonyStatistics;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Server-wide reads (PROTOCOL §5.1), the one entry point of RPC and REST: version, statistics, cluster. */
@Stateless
public class ServerInfo {
    public static final String BUILD_VERSION = "v1.1.1-jakarta";

    @Inject
    Authorizer authorizer;

    @Inject
    ColonyStatistics statistics;

    @Inject
    ClusterService cluster;

    /** Anyone, unsigned, so that clients can probe a server first. */
    public BuildVersion version() {
        String built = ServerInfo.class.getPackage().getImplementationVersion();
        return new BuildVersion(BUILD_VERSION, built == null ? "" : built);
    }

    /** Server owner: counts over every colony. */
    public Statistics statistics(Caller caller) {
        authorizer.requireServerOwner(caller);
        return statistics.count(null);
    }

    /** Server owner: the live replicas and the scan leader. */
    public Cluster cluster(Caller caller) {
        authorizer.requireServerOwner(caller);
        return cluster.describe();
    }

    /** What versionmsg and {@code GET /v1/version} report. */
    public record BuildVersion(String buildversion, String buildtime) {
    }
}
