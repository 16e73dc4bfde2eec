package it.security;

import static it.support.Roles.Role.COLONY_OWNER;
import static it.support.Roles.Role.MEMBER;
import static it.support.Roles.Role.SERVER_OWNER;

import io.colonies.model.core.Colony;
import io.colonies.model.rpc.ColonyMessages.AddColony;
import io.colonies.model.rpc.ColonyMessages.DeleteColony;
import io.colonies.model.rpc.ColonyMessages.GetColonies;
import io.colonies.model.rpc.ColonyMessages.GetColony;
import io.colonies.model.rpc.ColonyMessages.GetColonyStats;
import io.colonies.model.rpc.ColonyMessages.RenameColony;
import io.colonies.model.rpc.ServerMessages.GetCluster;
import io.colonies.model.rpc.ServerMessages.GetStatistics;
import io.colonies.model.security.PrivateKey;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Roles;
import it.support.Rpc;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Roles of the colony and server messages (PROTOCOL §3.2), including keys of another colony. */
@ExtendWith(ArquillianExtension.class)
class ColonySecurityIT {
    private final Rpc rpc = Rpc.replicaA();
    private Roles roles;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void roles() {
        roles = new Roles(rpc, "sec");
    }

    @Test
    void serverOwnerMessages() {
        roles.assertOnly("addcolonymsg", key -> {
            AddColony add = new AddColony();
            add.colony = new Colony(PrivateKey.generate().id(), "x");
            return rpc.send(add, key);
        }, SERVER_OWNER);
        roles.assertOnly("deletecolonymsg", key -> {
            DeleteColony delete = new DeleteColony();
            delete.colonyid = Fixtures.newColony(rpc).id();
            return rpc.send(delete, key);
        }, SERVER_OWNER);
        roles.assertOnly("getcoloniesmsg", key -> rpc.send(new GetColonies(), key), SERVER_OWNER);
        roles.assertOnly("getstatisticsmsg", key -> rpc.send(new GetStatistics(), key), SERVER_OWNER);
        roles.assertOnly("getclustermsg", key -> rpc.send(new GetCluster(), key), SERVER_OWNER);
    }

    @Test
    void colonyMessages() {
        roles.assertOnly("renamecolonymsg", key -> {
            RenameColony rename = new RenameColony();
            rename.colonyid = roles.colony().id();
            rename.name = "renamed";
            return rpc.send(rename, key);
        }, COLONY_OWNER);
        roles.assertOnly("getcolonymsg", key -> {
            GetColony get = new GetColony();
            get.colonyid = roles.colony().id();
            return rpc.send(get, key);
        }, MEMBER);
        roles.assertOnly("getcolonystatsmsg", key -> {
            GetColonyStats stats = new GetColonyStats();
            stats.colonyid = roles.colony().id();
            return rpc.send(stats, key);
        }, MEMBER, COLONY_OWNER);
    }
}
