package it.rest;

import static it.support.Roles.Role.COLONY_OWNER;
import static it.support.Roles.Role.MEMBER;
import static it.support.Roles.Role.SERVER_OWNER;
import static it.support.Roles.Role.UNAPPROVED_MEMBER;
import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestExecutor;
import it.support.RestClient;
import it.support.RestResponse;
import it.support.RestRoles;
import it.support.Roles;
import it.support.Rpc;
import jakarta.json.JsonObject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * REST refuses what RPC refuses: wrong roles and other colonies' keys get 403, objects of another
 * colony are not found under this colony's path, and bad input is a 400 naming the field.
 */
@ExtendWith(ArquillianExtension.class)
class RestAccessIT {
    private final RestClient rest = RestClient.replicaA();
    private Roles roles;
    private TestExecutor member;
    private String path;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void roles() {
        roles = new Roles(Rpc.replicaA(), "rest-sec");
        member = roles.member();
        path = "/v1/colonies/" + roles.colony().id();
    }

    @Test
    void rolesMatchTheRpcOperations() {
        RestRoles.assertOnly(roles, "GET colony", key -> rest.get(path, key), MEMBER);
        RestRoles.assertOnly(roles, "GET colonies", key -> rest.get("/v1/colonies", key), SERVER_OWNER);
        RestRoles.assertOnly(roles, "GET statistics", key -> rest.get(path + "/statistics", key), MEMBER, COLONY_OWNER);
        RestRoles.assertOnly(roles, "GET executors", key -> rest.get(path + "/executors", key),
                MEMBER, UNAPPROVED_MEMBER, COLONY_OWNER);
        RestRoles.assertOnly(roles, "POST processes", key -> rest.post(path + "/processes",
                aSpec().ofType("nobody").build(), key), MEMBER);
        RestRoles.assertOnly(roles, "GET processes", key -> rest.get(path + "/processes?state=waiting", key),
                MEMBER, COLONY_OWNER);
        Process p = member.submit(aSpec().ofType("nobody"));
        RestRoles.assertOnly(roles, "GET process", key -> rest.get(path + "/processes/" + p.processid, key), MEMBER);
        RestRoles.assertOnly(roles, "POST assignments", key -> rest.post(path + "/assignments", null, key), MEMBER);
        RestRoles.assertOnly(roles, "DELETE processes", key -> rest.delete(path + "/processes?state=success", key),
                COLONY_OWNER);
        RestRoles.assertOnly(roles, "GET workflows", key -> rest.get(path + "/workflows?state=waiting", key), MEMBER);
        RestRoles.assertOnly(roles, "GET crons", key -> rest.get(path + "/crons", key), MEMBER);
        RestRoles.assertOnly(roles, "GET generators", key -> rest.get(path + "/generators", key), MEMBER);
        RestRoles.assertOnly(roles, "PATCH colony", key -> rest.patch(path, Map.of("name", "x"), key), COLONY_OWNER);
    }

    @Test
    void anotherColonysObjectIsNotFoundUnderThisPath() {
        TestExecutor outsider = Fixtures.newColony(Rpc.replicaA()).executor("rest-sec");
        Process theirs = outsider.submit(aSpec().ofType("nobody"));
        RestResponse viaOurPath = rest.get(path + "/processes/" + theirs.processid, member.key());
        assertEquals(404, viaOurPath.status(), viaOurPath.toString());
        RestResponse theirPath = rest.get("/v1/colonies/" + outsider.colony().id() + "/processes/" + theirs.processid,
                member.key());
        assertEquals(403, theirPath.status(), "our key on their path: " + theirPath);
    }

    @Test
    void malformedJsonAndInvalidFieldsAre400sNamingTheField() {
        RestResponse syntax = rest.send("POST", path + "/processes", "{\"funcname\": ", member.key());
        assertBadRequest(syntax, null);
        RestResponse wrongType = rest.send("POST", path + "/processes",
                "{\"funcname\":\"echo\",\"priority\":\"high\",\"conditions\":{\"executortype\":\"t\"}}", member.key());
        assertBadRequest(wrongType, "priority");
        RestResponse nested = rest.send("POST", path + "/processes",
                "{\"funcname\":\"echo\",\"conditions\":{\"executortype\":\"t\",\"executorids\":5}}", member.key());
        assertBadRequest(nested, "conditions.executorids");
        RestResponse otherColony = rest.post(path + "/processes",
                aSpec().inColony(Fixtures.newColony(Rpc.replicaA()).id()).ofType("t").build(), member.key());
        assertBadRequest(otherColony, "conditions.colonyid");
        RestResponse missing = rest.post(path + "/processes", aSpec().build(), member.key());
        assertEquals(400, missing.status(), missing.toString());
        assertTrue(missing.problem().getString("detail").contains("executortype"), missing.toString());
        RestResponse noBody = rest.send("POST", path + "/processes", "", member.key());
        assertEquals(400, noBody.status(), noBody.toString());
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        RestResponse unknown = rest.get("/v1/nothing-here", member.key());
        assertEquals(404, unknown.status());
        assertEquals("https://colonies.io/problems/http/not-found", unknown.problem().getString("type"));
        RestResponse method = rest.send("PUT", path + "/statistics", "{}", member.key());
        assertEquals(405, method.status(), method.toString());
        assertEquals(405, method.problem().getInt("status"));
    }

    private static void assertBadRequest(RestResponse response, String field) {
        assertEquals(400, response.status(), response.toString());
        JsonObject problem = response.problem();
        assertEquals(400, problem.getInt("status"));
        assertTrue(problem.getString("type").startsWith("https://colonies.io/problems/"), problem.toString());
        if (field != null) {
            assertEquals(field, problem.getString("field"), problem.toString());
            assertTrue(problem.getString("detail").contains(field), problem.toString());
        }
    }
}
