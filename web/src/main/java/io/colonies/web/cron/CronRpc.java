package io.colonies.web.cron;

import io.colonies.model.rpc.CronMessages.AddCron;
import io.colonies.model.rpc.CronMessages.DeleteCron;
import io.colonies.model.rpc.CronMessages.GetCron;
import io.colonies.model.rpc.CronMessages.GetCrons;
import io.colonies.model.rpc.CronMessages.RunCron;
import io.colonies.server.cron.Crons;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.Replies;
import io.colonies.web.rpc.RpcFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Cron messages (PROTOCOL §5.9); each calls one {@link Crons} use case, which checks the role. */
@ApplicationScoped
public class CronRpc implements RpcFamily {
    private static final ColonyScope ANY = ColonyScope.ANY;

    @Inject
    Crons crons;

    @Override
    public void register(Operations ops) {
        ops.add("addcronmsg", AddCron.class, "add cron", r -> crons.add(r.caller(), r.message().cron));
        ops.add("getcronmsg", GetCron.class, "get cron", r -> crons.get(r.caller(), ANY, r.message().cronid));
        ops.add("getcronsmsg", GetCrons.class, "get crons",
                r -> crons.list(r.caller(), ColonyId.of(r.message().colonyid), r.message().count));
        ops.add("runcronmsg", RunCron.class, "run cron", r -> crons.runNow(r.caller(), ANY, r.message().cronid));
        ops.add("deletecronmsg", DeleteCron.class, "delete cron", r -> {
            crons.delete(r.caller(), ANY, r.message().cronid);
            return Replies.EMPTY;
        });
    }
}
