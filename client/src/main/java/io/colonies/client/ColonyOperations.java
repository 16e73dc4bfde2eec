package io.colonies.client;

import static io.colonies.client.Replies.call;
import static io.colonies.client.Replies.callList;
import static io.colonies.client.Replies.with;

import io.colonies.model.core.Colony;
import io.colonies.model.core.PauseStatus;
import io.colonies.model.core.Statistics;
import io.colonies.model.rpc.ColonyMessages;
import io.colonies.model.rpc.ProcessMessages;
import io.colonies.model.security.PrivateKey;
import java.util.List;

/**
 * Colonies (PROTOCOL §5.2).
 * Part of the {@link ColoniesClient} facade; every call takes the key that signs it, and its javadoc
 * names the role the server expects (PROTOCOL §3.2).
 */
public interface ColonyOperations extends RpcOperations {
    /** Server owner key. */
    default Colony addColony(Colony colony, PrivateKey serverKey) {
        return call(transport(), with(new ColonyMessages.AddColony(), m -> m.colony = colony), serverKey, Colony.class);
    }

    /** Server owner key. */
    default void deleteColony(String colonyId, PrivateKey serverKey) {
        transport().call(with(new ColonyMessages.DeleteColony(), m -> m.colonyid = colonyId), serverKey);
    }

    /** Colony owner key. */
    default void renameColony(String colonyId, String name, PrivateKey colonyKey) {
        transport().call(with(new ColonyMessages.RenameColony(), m -> {
            m.colonyid = colonyId;
            m.name = name;
        }), colonyKey);
    }

    /** Server owner key. */
    default List<Colony> colonies(PrivateKey serverKey) {
        return callList(transport(), new ColonyMessages.GetColonies(), serverKey, Colony.class);
    }

    /** Approved executor key (the colony owner is refused). */
    default Colony colony(String colonyId, PrivateKey executorKey) {
        return call(transport(), with(new ColonyMessages.GetColony(), m -> m.colonyid = colonyId),
                executorKey, Colony.class);
    }

    /** Executor or colony owner key. */
    default Statistics colonyStatistics(String colonyId, PrivateKey key) {
        return call(transport(), with(new ColonyMessages.GetColonyStats(), m -> m.colonyid = colonyId),
                key, Statistics.class);
    }

    /**
     * Colony owner key. Until {@link #resumeAssignments}, assigns of the colony wait (up to their
     * timeout) instead of getting a process, on every replica; submits still queue. Idempotent.
     */
    default void pauseAssignments(String colonyId, PrivateKey colonyKey) {
        transport().call(with(new ProcessMessages.PauseAssignments(), m -> m.colonyid = colonyId), colonyKey);
    }

    /** Colony owner key. Waiting assigns look at the queue again at once. Idempotent. */
    default void resumeAssignments(String colonyId, PrivateKey colonyKey) {
        transport().call(with(new ProcessMessages.ResumeAssignments(), m -> m.colonyid = colonyId), colonyKey);
    }

    /** Approved executor or colony owner key. */
    default PauseStatus pauseStatus(String colonyId, PrivateKey key) {
        return call(transport(), with(new ProcessMessages.GetPauseStatus(), m -> m.colonyid = colonyId), key,
                PauseStatus.class);
    }
}
