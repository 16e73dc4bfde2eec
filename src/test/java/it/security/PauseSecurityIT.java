package it.security;

import static it.support.Roles.Role.COLONY_OWNER;
import static it.support.Roles.Role.MEMBER;

import io.colonies.model.rpc.ProcessMessages.GetPauseStatus;
import io.colonies.model.rpc.ProcessMessages.PauseAssignments;
import io.colonies.model.rpc.ProcessMessages.ResumeAssignments;
import it.support.Arquillian;
import it.support.RestClient;
import it.support.RestRoles;
import it.support.Roles;
import it.support.Rpc;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may pause and resume a colony's assignments (only its owner, as in HEAD) and read the pause
 * (approved members and the owner), over RPC and REST (docs/compatibility.md).
 */
@ExtendWith(ArquillianExtension.class)
class PauseSecurityIT {
    private final Rpc rpc = Rpc.replicaA();
    private final RestClient rest = RestClient.replicaA();
    private Roles roles;
    private String path;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void roles() {
        roles = new Roles(rpc, "sec-pause");
        path = "/v1/colonies/" + roles.colony().id() + "/assignments/pause";
    }

    @Test
    void pause() {
        roles.assertOnly("pauseassignmentsmsg", key -> {
            PauseAssignments pause = new PauseAssignments();
            pause.colonyid = roles.colony().id();
            return rpc.send(pause, key);
        }, COLONY_OWNER);
        RestRoles.assertOnly(roles, "PUT /assignments/pause", key -> rest.send("PUT", path, null, key), COLONY_OWNER);
    }

    @Test
    void resume() {
        roles.assertOnly("resumeassignmentsmsg", key -> {
            ResumeAssignments resume = new ResumeAssignments();
            resume.colonyid = roles.colony().id();
            return rpc.send(resume, key);
        }, COLONY_OWNER);
        RestRoles.assertOnly(roles, "DELETE /assignments/pause", key -> rest.delete(path, key), COLONY_OWNER);
    }

    @Test
    void pauseStatus() {
        roles.assertOnly("getpausestatusmsg", key -> {
            GetPauseStatus get = new GetPauseStatus();
            get.colonyid = roles.colony().id();
            return rpc.send(get, key);
        }, MEMBER, COLONY_OWNER);
        RestRoles.assertOnly(roles, "GET /assignments/pause", key -> rest.get(path, key), MEMBER, COLONY_OWNER);
    }
}
