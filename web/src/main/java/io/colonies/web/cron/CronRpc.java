package io.colonies.web.cron;

import io.colonies.model.core.Cron;
import io.colonies.model.rpc.CronMessages.AddCron;
import io.colonies.model.rpc.CronMessages.DeleteCron;
import io.colonies.model.rpc.CronMessages.GetCron;
import io.colonies.model.rpc.CronMessages.GetCrons;
import io.colonies.model.rpc.CronMessages.RunCron;
import io.colonies.server.cron.CronException;
import io.colonies.server.cron.CronService;
import io.colonies.server.error.ErrorKind;
import io.colonies.web.rpc.Access;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.Replies;
import io.colonies.web.rpc.RpcFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Cron messages (PROTOCOL §5.9). Operations on an existing cron check membership of the cron's
 * colony before anything runs, so runcronmsg no longer starts a run for a stranger (quirk Q7).
 */
@ApplicationScoped
public class CronRpc implements RpcFamily {
    @Inject
    CronService crons;

    @Override
    public void register(Operations ops) {
        ops.add("addcronmsg", AddCron.class, "add cron", Access.member(m -> cron(m.cron).colonyid),
                r -> crons.add(r.message().cron));
        ops.add("getcronmsg", GetCron.class, "get cron", Access.member(m -> crons.colonyOf(m.cronid)),
                r -> crons.get(r.message().cronid));
        ops.add("getcronsmsg", GetCrons.class, "get crons", Access.member(m -> m.colonyid),
                r -> crons.list(r.message().colonyid, r.message().count));
        ops.add("runcronmsg", RunCron.class, "run cron", Access.member(m -> crons.colonyOf(m.cronid)),
                r -> crons.runNow(r.message().cronid));
        ops.add("deletecronmsg", DeleteCron.class, "delete cron", Access.member(m -> crons.colonyOf(m.cronid)), r -> {
            crons.delete(r.message().cronid);
            return Replies.EMPTY;
        });
    }

    private static Cron cron(Cron cron) {
        if (cron == null) {
            throw new CronException(ErrorKind.BAD_REQUEST, "Failed to add cron, msg.Cron is nil");
        }
        return cron;
    }
}
