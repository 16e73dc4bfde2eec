package it.rest;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Colony;
import io.colonies.model.security.PrivateKey;
import io.colonies.model.security.RestSignature;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Keys;
import it.support.RestClient;
import it.support.RestResponse;
import it.support.Rpc;
import it.support.TestClock;
import jakarta.json.JsonObject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The request signature of docs/security.md: every failure is a 401 problem, and a replay is refused everywhere. */
@ExtendWith(ArquillianExtension.class)
class RestSignatureIT {
    private final RestClient rest = RestClient.replicaA();
    private TestExecutor member;
    private String colonyPath;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void colony() {
        // Both replicas must agree on the time the requests are signed with.
        TestClock.alignBoth();
        TestColony colony = Fixtures.newColony(Rpc.replicaA());
        member = colony.executor("rest-sig");
        colonyPath = "/v1/colonies/" + colony.id();
    }

    @Test
    void aSignedRequestIsAcceptedOnceAndItsReplayIsRefusedOnEveryReplica() {
        String path = colonyPath + "/processes";
        String body = RestClient.json(aSpec().ofType("rest-sig").build());
        RestSignature.Headers signed = rest.sign("POST", path, body, member.key());
        assertEquals(201, rest.sendSigned("POST", path, body, signed).status());

        RestResponse replay = rest.sendSigned("POST", path, body, signed);
        assertUnauthorized(replay, "already used");
        RestResponse replayElsewhere = RestClient.replicaB().sendSigned("POST", path, body, signed);
        assertUnauthorized(replayElsewhere, "already used");
    }

    @Test
    void aStaleOrFutureTimestampIsRefused() {
        String path = colonyPath + "/executors";
        long now = rest.serverNowSeconds();
        for (long at : new long[] {now - 301 - 60, now + 301 + 60}) {
            RestSignature.Headers old = RestSignature.sign("GET", path, new byte[0], Long.toString(at),
                    RestSignature.newNonce(), member.key());
            assertUnauthorized(rest.sendSigned("GET", path, null, old), "away from the server time");
        }
        RestSignature.Headers rfc3339 = new RestSignature.Headers(rest.sign("GET", path, null, member.key()).signature(),
                "2026-01-01T00:00:00Z", RestSignature.newNonce());
        assertUnauthorized(rest.sendSigned("GET", path, null, rfc3339), "Unix time");
    }

    @Test
    void aBadSignatureIsRefused() {
        String path = colonyPath + "/executors";
        RestSignature.Headers good = rest.sign("GET", path, null, member.key());
        RestSignature.Headers garbage = new RestSignature.Headers("zz" + good.signature().substring(2),
                good.timestamp(), good.nonce());
        assertUnauthorized(rest.sendSigned("GET", path, null, garbage), "Invalid Colonies-Signature");

        // A signature over another request recovers a stranger, who is refused by role (403) or by
        // the path check; what matters is that the member's identity is not recovered.
        RestSignature.Headers otherPath = rest.sign("GET", path + "?x=1", null, member.key());
        RestResponse tampered = rest.sendSigned("GET", path, null, otherPath);
        assertEquals(403, tampered.status(), tampered.toString());

        RestSignature.Headers shortNonce = new RestSignature.Headers(good.signature(), good.timestamp(), "abc");
        assertUnauthorized(rest.sendSigned("GET", path, null, shortNonce), "Colonies-Nonce");
    }

    @Test
    void theBodyIsPartOfTheSignature() {
        String path = colonyPath + "/processes";
        String body = RestClient.json(aSpec().ofType("rest-sig").build());
        RestSignature.Headers signed = rest.sign("POST", path, body, member.key());
        RestResponse changed = rest.sendSigned("POST", path, body.replace("echo", "rm"), signed);
        assertEquals(403, changed.status(), "another body recovers another identity: " + changed);
    }

    @Test
    void missingHeadersAreNamed() {
        RestResponse none = rest.unsigned("GET", colonyPath + "/executors", Map.of());
        assertUnauthorized(none, "Colonies-Signature");
        assertTrue(none.problem().getString("detail").contains("Colonies-Nonce"), none.toString());
        assertEquals("Colonies-Signature", none.header("WWW-Authenticate"));
    }

    @Test
    void versionNeedsNoSignatureAndServerDataNeedsTheServerOwner() {
        RestResponse version = rest.unsigned("GET", "/v1/version", Map.of());
        assertEquals(200, version.status(), version.toString());
        assertTrue(version.body().contains("buildversion"), version.body());
        assertEquals(200, rest.get("/v1/statistics", Keys.SERVER).status());
        assertEquals(403, rest.get("/v1/statistics", member.key()).status());
        RestResponse cluster = rest.get("/v1/cluster", Keys.SERVER);
        assertEquals(200, cluster.status(), cluster.toString());
        assertTrue(cluster.body().contains("replica-a"), cluster.body());
        assertEquals(403, rest.get("/v1/cluster", PrivateKey.generate()).status());
    }

    @Test
    void theServerOwnerAddsAColonyWithItsOwnKey() {
        PrivateKey colonyKey = PrivateKey.generate();
        RestResponse created = rest.post("/v1/colonies", new Colony(colonyKey.id(), "rest"), Keys.SERVER);
        assertEquals(201, created.status(), created.toString());
        assertTrue(created.header("Location").endsWith("/v1/colonies/" + colonyKey.id()), created.header("Location"));
    }

    private static void assertUnauthorized(RestResponse response, String detailPart) {
        assertEquals(401, response.status(), response.toString());
        JsonObject problem = response.problem();
        assertEquals(401, problem.getInt("status"));
        assertEquals("https://colonies.io/problems/security/unauthorized", problem.getString("type"));
        assertTrue(problem.getString("detail").contains(detailPart), problem.toString());
        assertTrue(problem.getString("instance").startsWith("urn:uuid:"), problem.toString());
        assertTrue(!response.body().contains("at io.colonies"), "no stack trace: " + response.body());
    }
}
