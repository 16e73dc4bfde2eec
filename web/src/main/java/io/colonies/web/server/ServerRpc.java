package io.colonies.web.server;

import io.colonies.model.rpc.ServerMessages.GetCluster;
import io.colonies.model.rpc.ServerMessages.GetStatistics;
import io.colonies.model.rpc.ServerMessages.Version;
import io.colonies.server.cluster.ClusterService;
import io.colonies.server.colony.ColonyService;
import io.colonies.web.rpc.Access;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.RpcFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** versionmsg, getstatisticsmsg, getclustermsg. */
@ApplicationScoped
public class ServerRpc implements RpcFamily {
    public static final String BUILD_VERSION = "v1.1.1-jakarta";

    @Inject
    ColonyService colonies;

    @Inject
    ClusterService cluster;

    @Override
    public void register(Operations ops) {
        ops.add("versionmsg", Version.class, "get server version", Access.anyone(), r -> {
            Version v = new Version();
            v.buildversion = BUILD_VERSION;
            v.buildtime = ServerRpc.class.getPackage().getImplementationVersion() == null
                    ? "" : ServerRpc.class.getPackage().getImplementationVersion();
            return v;
        });
        ops.add("getstatisticsmsg", GetStatistics.class, "get statistics", Access.serverOwner(),
                r -> colonies.serverStatistics());
        ops.add("getclustermsg", GetCluster.class, "get cluster", Access.serverOwner(), r -> cluster.describe());
    }
}
