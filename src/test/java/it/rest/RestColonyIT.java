package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Colony;
import io.colonies.model.core.Executor;
import io.colonies.model.core.Function;
import io.colonies.model.core.Statistics;
import io.colonies.model.security.PrivateKey;
import it.support.Arquillian;
import it.support.Keys;
import it.support.RestClient;
import it.support.RestResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Colonies, executors and functions over REST, each operation with its status code. */
@ExtendWith(ArquillianExtension.class)
class RestColonyIT {
    private final RestClient rest = RestClient.replicaA();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void colonyLifecycle() {
        PrivateKey key = PrivateKey.generate();
        String path = "/v1/colonies/" + key.id();
        RestResponse created = rest.post("/v1/colonies", new Colony(key.id(), "before"), Keys.SERVER);
        assertEquals(201, created.status(), created.toString());
        assertEquals(key.id(), created.as(Colony.class).colonyid);
        assertEquals(409, rest.post("/v1/colonies", new Colony(key.id(), "again"), Keys.SERVER).problem().getInt("status"));

        List<Colony> all = rest.get("/v1/colonies", Keys.SERVER).asList(Colony[].class);
        assertTrue(all.stream().anyMatch(c -> c.colonyid.equals(key.id())));
        assertEquals(204, rest.patch(path, Map.of("name", "after"), key).status());

        Executor member = register(key, "rest-colony");
        assertEquals(204, rest.post(path + "/executors/" + member.executorid + "/approve", null, key).status());
        PrivateKey memberKey = memberKeys.get(member.executorid);
        assertEquals("after", rest.get(path, memberKey).as(Colony.class).name);

        Statistics stats = rest.get(path + "/statistics", key).as(Statistics.class);
        assertEquals(1, stats.executors);
        assertEquals(204, rest.delete(path, Keys.SERVER).status());
        assertEquals(404, rest.delete(path, Keys.SERVER).status());
    }

    @Test
    void executorsAndFunctions() {
        PrivateKey colony = PrivateKey.generate();
        String path = "/v1/colonies/" + colony.id();
        assertEquals(201, rest.post("/v1/colonies", new Colony(colony.id(), "x"), Keys.SERVER).status());
        Executor a = register(colony, "rest-exec");
        Executor b = register(colony, "rest-exec");
        PrivateKey aKey = memberKeys.get(a.executorid);

        assertEquals(0, a.state, "pending until approved");
        assertEquals(204, rest.post(path + "/executors/" + a.executorid + "/approve", null, colony).status());
        assertEquals(204, rest.post(path + "/executors/" + b.executorid + "/reject", null, colony).status());
        assertEquals(1, rest.get(path + "/executors/" + a.executorid, aKey).as(Executor.class).state);
        assertEquals(2, rest.get(path + "/executors", colony).asList(Executor[].class).stream()
                .filter(e -> e.state != 0).count());

        Function fun = new Function();
        fun.funcname = "echo";
        RestResponse added = rest.post(path + "/functions", fun, aKey);
        assertEquals(201, added.status(), added.toString());
        Function stored = added.as(Function.class);
        assertEquals(a.executorid, stored.executorid, "the executor defaults to the signer");
        assertTrue(added.header("Location").endsWith(path + "/functions/" + stored.functionid));
        assertEquals(409, rest.post(path + "/functions", fun, aKey).status());
        assertEquals(1, rest.get(path + "/functions", aKey).asList(Function[].class).size());
        assertEquals(1, rest.get(path + "/executors/" + a.executorid + "/functions", aKey)
                .asList(Function[].class).size());
        assertEquals(204, rest.delete(path + "/functions/" + stored.functionid, aKey).status());
        assertEquals(0, rest.get(path + "/functions", aKey).asList(Function[].class).size());

        assertEquals(204, rest.delete(path + "/executors/" + b.executorid, colony).status());
        assertEquals(404, rest.get(path + "/executors/" + b.executorid, aKey).status());
    }

    private final Map<String, PrivateKey> memberKeys = new java.util.HashMap<>();

    private Executor register(PrivateKey colony, String type) {
        PrivateKey key = PrivateKey.generate();
        Executor e = new Executor();
        e.executorid = key.id();
        e.executortype = type;
        e.executorname = type + "-" + UUID.randomUUID();
        RestResponse response = rest.post("/v1/colonies/" + colony.id() + "/executors", e, colony);
        assertEquals(201, response.status(), response.toString());
        assertTrue(response.header("Location").endsWith("/executors/" + key.id()), response.header("Location"));
        memberKeys.put(key.id(), key);
        return response.as(Executor.class);
    }
}
