package io.colonies.web.colony;

import io.colonies.model.rpc.ColonyMessages.AddColony;
import io.colonies.model.rpc.ColonyMessages.DeleteColony;
import io.colonies.model.rpc.ColonyMessages.GetColonies;
import io.colonies.model.rpc.ColonyMessages.GetColony;
import io.colonies.model.rpc.ColonyMessages.GetColonyStats;
import io.colonies.model.rpc.ColonyMessages.RenameColony;
import io.colonies.server.colony.ColonyService;
import io.colonies.web.rpc.Access;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.Replies;
import io.colonies.web.rpc.RpcFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Colony messages (PROTOCOL §5.2). */
@ApplicationScoped
public class ColonyRpc implements RpcFamily {
    @Inject
    ColonyService colonies;

    @Override
    public void register(Operations ops) {
        ops.add("addcolonymsg", AddColony.class, "add colony", Access.serverOwner(),
                r -> colonies.add(r.message().colony));
        ops.add("deletecolonymsg", DeleteColony.class, "delete colony", Access.serverOwner(), r -> {
            colonies.delete(r.message().colonyid);
            return Replies.EMPTY;
        });
        ops.add("renamecolonymsg", RenameColony.class, "rename colony", Access.colonyOwner(m -> m.colonyid), r -> {
            colonies.rename(r.message().colonyid, r.message().name);
            return Replies.EMPTY;
        });
        ops.add("getcoloniesmsg", GetColonies.class, "get colonies", Access.serverOwner(), r -> colonies.list());
        ops.add("getcolonymsg", GetColony.class, "get colony", Access.member(m -> m.colonyid),
                r -> colonies.get(r.message().colonyid));
        ops.add("getcolonystatsmsg", GetColonyStats.class, "get colony statistics",
                Access.memberOrOwner(m -> m.colonyid), r -> colonies.statistics(r.message().colonyid));
    }
}
