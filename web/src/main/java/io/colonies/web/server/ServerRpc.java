package io.colonies.web.server;

import io.colonies.model.rpc.ServerMessages.GetCluster;
import io.colonies.model.rpc.ServerMessages.GetStatistics;
import io.colonies.model.rpc.ServerMessages.Version;
import io.colonies.server.serverinfo.ServerInfo;
import io.colonies.server.serverinfo.ServerInfo.BuildVersion;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.RpcFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** versionmsg, getstatisticsmsg, getclustermsg; each calls one {@link ServerInfo} use case. */
@ApplicationScoped
public class ServerRpc implements RpcFamily {
    @Inject
    ServerInfo server;

    @Override
    public void register(Operations ops) {
        ops.add("versionmsg", Version.class, "get server version", r -> {
            BuildVersion build = server.version();
            Version v = new Version();
            v.buildversion = build.buildversion();
            v.buildtime = build.buildtime();
            return v;
        });
        ops.add("getstatisticsmsg", GetStatistics.class, "get statistics", r -> server.statistics(r.caller()));
        ops.add("getclustermsg", GetCluster.class, "get cluster", r -> server.cluster(r.caller()));
    }
}
