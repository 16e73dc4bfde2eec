package it.security;

import static it.support.Roles.Role.MEMBER;
import static it.support.SpecBuilder.aSpec;

import io.colonies.model.core.Process;
import io.colonies.model.rpc.LogMessages.AddLog;
import io.colonies.model.rpc.LogMessages.GetLogs;
import it.support.Arquillian;
import it.support.RestClient;
import it.support.RestRoles;
import it.support.Roles;
import it.support.Rpc;
import it.support.TestClock;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Roles of the process log operations: the assignee adds, approved members read (RPC and REST). */
@ExtendWith(ArquillianExtension.class)
class ProcessLogSecurityIT {
    private final Rpc rpc = Rpc.replicaA();
    private final RestClient rest = RestClient.replicaA();
    private Roles roles;
    private Process running;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void roles() {
        TestClock.alignBoth();
        roles = new Roles(rpc, "sec");
        roles.member().submit(aSpec());
        running = roles.member().assign(-1);
    }

    @Test
    void overRpc() {
        roles.assertOnly("addlogmsg", key -> {
            AddLog add = new AddLog();
            add.processid = running.processid;
            add.message = "line";
            return rpc.send(add, key);
        }, MEMBER);
        roles.assertOnly("getlogsmsg", key -> {
            GetLogs get = new GetLogs();
            get.processid = running.processid;
            get.count = 10;
            return rpc.send(get, key);
        }, MEMBER);
    }

    @Test
    void overRest() {
        String path = "/v1/colonies/" + roles.colony().id() + "/processes/" + running.processid + "/logs";
        RestRoles.assertOnly(roles, "POST logs", key -> rest.post(path, Map.of("message", "line"), key), MEMBER);
        RestRoles.assertOnly(roles, "GET logs", key -> rest.get(path, key), MEMBER);
    }
}
