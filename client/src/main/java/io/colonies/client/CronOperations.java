package io.colonies.client;

import static io.colonies.client.Replies.call;
import static io.colonies.client.Replies.callList;
import static io.colonies.client.Replies.with;

import io.colonies.model.core.Cron;
import io.colonies.model.rpc.CronMessages;
import io.colonies.model.security.PrivateKey;
import java.util.List;

/**
 * Crons (PROTOCOL §5.9).
 * Part of the {@link ColoniesClient} facade; every call takes the key that signs it, and its javadoc
 * names the role the server expects (PROTOCOL §3.2).
 */
public interface CronOperations extends RpcOperations {
    /** Approved executor key. */
    default Cron addCron(Cron cron, PrivateKey executorKey) {
        return call(transport(), with(new CronMessages.AddCron(), m -> m.cron = cron), executorKey, Cron.class);
    }

    /** Approved executor key. */
    default Cron cron(String cronId, PrivateKey executorKey) {
        return call(transport(), with(new CronMessages.GetCron(), m -> m.cronid = cronId), executorKey, Cron.class);
    }

    /** Approved executor key. */
    default List<Cron> crons(String colonyId, int count, PrivateKey executorKey) {
        return callList(transport(), with(new CronMessages.GetCrons(), m -> {
            m.colonyid = colonyId;
            m.count = count;
        }), executorKey, Cron.class);
    }

    /** Approved executor key; starts a run now and returns the cron as it was before the run. */
    default Cron runCron(String cronId, PrivateKey executorKey) {
        return call(transport(), with(new CronMessages.RunCron(), m -> m.cronid = cronId), executorKey, Cron.class);
    }

    /** Approved executor key. */
    default void deleteCron(String cronId, PrivateKey executorKey) {
        transport().call(with(new CronMessages.DeleteCron(), m -> m.cronid = cronId), executorKey);
    }
}
