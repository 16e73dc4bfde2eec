package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.security.PrivateKey;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Keys;
import it.support.RestClient;
import it.support.RestResponse;
import it.support.Rpc;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /v1/whoami: the roles of whoever signed, for the dashboard; an unknown key has none. */
@ExtendWith(ArquillianExtension.class)
class RestWhoAmIIT {
    private final RestClient rest = RestClient.replicaA();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void theServerOwnerIsToldSo() {
        JsonObject me = whoami(Keys.SERVER);
        assertEquals(Keys.SERVER.id(), me.getString("id"));
        assertTrue(me.getBoolean("serverOwner"));
    }

    @Test
    void aColonyOwnerAndItsExecutorsSeeTheirRoles() {
        TestColony colony = Fixtures.newColony(Rpc.replicaA());
        TestExecutor approved = colony.executor("cli");
        TestExecutor pending = colony.register("gpu");

        JsonObject owner = whoami(colony.key());
        assertFalse(owner.getBoolean("serverOwner"));
        JsonObject owned = only(owner.getJsonArray("colonies"));
        assertEquals(colony.id(), owned.getString("colonyid"));
        assertEquals("owner", owned.getString("role"));

        JsonObject member = only(whoami(approved.key()).getJsonArray("colonies"));
        assertEquals("executor", member.getString("role"));
        assertEquals(colony.id(), member.getString("colonyid"));
        assertEquals(approved.id(), member.getString("executorid"));
        assertEquals("cli", member.getString("executortype"));
        assertTrue(member.getBoolean("approved"));

        assertFalse(only(whoami(pending.key()).getJsonArray("colonies")).getBoolean("approved"));
    }

    @Test
    void anUnknownKeyHasNoRoles() {
        PrivateKey stranger = PrivateKey.generate();
        JsonObject me = whoami(stranger);
        assertEquals(stranger.id(), me.getString("id"));
        assertFalse(me.getBoolean("serverOwner"));
        assertTrue(me.getJsonArray("colonies").isEmpty());
    }

    @Test
    void itIsSigned() {
        RestResponse unsigned = rest.unsigned("GET", "/v1/whoami", java.util.Map.of());
        assertEquals(401, unsigned.status(), unsigned.toString());
    }

    private JsonObject whoami(PrivateKey key) {
        RestResponse response = rest.get("/v1/whoami", key);
        assertEquals(200, response.status(), response.toString());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject only(JsonArray colonies) {
        assertEquals(1, colonies.size(), colonies.toString());
        return colonies.getJsonObject(0);
    }
}
