package io.colonies.web.colony;

import io.colonies.model.rpc.ColonyMessages.AddColony;
import io.colonies.model.rpc.ColonyMessages.DeleteColony;
import io.colonies.model.rpc.ColonyMessages.GetColonies;
import io.colonies.model.rpc.ColonyMessages.GetColony;
import io.colonies.model.rpc.ColonyMessages.GetColonyStats;
import io.colonies.model.rpc.ColonyMessages.RenameColony;
import io.colonies.server.colony.Colonies;
import io.colonies.server.id.ColonyId;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.Replies;
import io.colonies.web.rpc.RpcFamily;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Colony messages (PROTOCOL §5.2); each calls one {@link Colonies} use case, which checks the role. */
@ApplicationScoped
public class ColonyRpc implements RpcFamily {
    @Inject
    Colonies colonies;

    @Override
    public void register(Operations ops) {
        ops.add("addcolonymsg", AddColony.class, "add colony", r -> colonies.add(r.caller(), r.message().colony));
        ops.add("deletecolonymsg", DeleteColony.class, "delete colony", r -> {
            colonies.delete(r.caller(), ColonyId.of(r.message().colonyid));
            return Replies.EMPTY;
        });
        ops.add("renamecolonymsg", RenameColony.class, "rename colony", r -> {
            colonies.rename(r.caller(), ColonyId.of(r.message().colonyid), r.message().name);
            return Replies.EMPTY;
        });
        ops.add("getcoloniesmsg", GetColonies.class, "get colonies", r -> colonies.list(r.caller()));
        ops.add("getcolonymsg", GetColony.class, "get colony",
                r -> colonies.get(r.caller(), ColonyId.of(r.message().colonyid)));
        ops.add("getcolonystatsmsg", GetColonyStats.class, "get colony statistics",
                r -> colonies.statistics(r.caller(), ColonyId.of(r.message().colonyid)));
    }
}
