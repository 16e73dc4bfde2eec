package io.colonies.client;

import static io.colonies.client.Replies.call;

import io.colonies.model.core.Cluster;
import io.colonies.model.core.Statistics;
import io.colonies.model.rpc.ServerMessages;
import io.colonies.model.security.PrivateKey;

/**
 * The server itself (PROTOCOL §5.1): version, statistics, cluster, reset.
 * Part of the {@link ColoniesClient} facade; every call takes the key that signs it, and its javadoc
 * names the role the server expects (PROTOCOL §3.2).
 */
public interface ServerOperations extends RpcOperations {
    /** Unsigned. */
    default ServerMessages.Version version() {
        return call(transport(), new ServerMessages.Version(), null, ServerMessages.Version.class);
    }

    /** Server owner key. */
    default Statistics statistics(PrivateKey serverKey) {
        return call(transport(), new ServerMessages.GetStatistics(), serverKey, Statistics.class);
    }

    /** Server owner key. */
    default Cluster cluster(PrivateKey serverKey) {
        return call(transport(), new ServerMessages.GetCluster(), serverKey, Cluster.class);
    }

    /** Server owner key. Deletes everything on the server. */
    default void resetDatabase(PrivateKey serverKey) {
        transport().call(new ResetDatabaseMessage(), serverKey);
    }
}
