package it.process;

import static it.support.Roles.Role.MEMBER;
import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import it.support.Arquillian;
import it.support.Eventually;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.RestClient;
import it.support.RestResponse;
import it.support.RestRoles;
import it.support.Roles;
import it.support.Rpc;
import it.support.TestClock;
import it.support.Workflows;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The batch path over REST: {@code POST …/assignments?max=N} claims up to N in one request, and
 * {@code POST …/processes/closures} closes many with one result each, refusals never failing the rest.
 */
@ExtendWith(ArquillianExtension.class)
class BatchAssignIT {
    private final RestClient rest = RestClient.replicaA();
    private TestColony colony;
    private TestExecutor member;
    private String type;
    private String path;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void colony() {
        TestClock.alignBoth();
        type = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        colony = Fixtures.newColony(Rpc.replicaA());
        member = colony.executor(type);
        path = "/v1/colonies/" + colony.id();
    }

    private List<String> submit(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(member.submit(aSpec().func("job", i).withPriority(n - i)).processid);
        }
        return ids; // highest priority first: the service order
    }

    private RestResponse assign(String query, TestExecutor who) {
        return rest.post(path + "/assignments?" + query, null, who.key());
    }

    private static JsonArray array(RestResponse r) {
        assertEquals(200, r.status(), r.toString());
        return Json.createReader(new StringReader(r.body())).readArray();
    }

    private static List<String> ids(JsonArray processes) {
        return processes.stream().map(v -> v.asJsonObject().getString("processid")).toList();
    }

    @Test
    void maxOutsideOneToTheLimitIs400NamingTheParameter() {
        for (String max : List.of("0", "-1", "65", "many")) {
            RestResponse r = assign("timeout=0&max=" + max, member);
            assertEquals(400, r.status(), max + ": " + r);
            assertEquals("max", r.problem().getString("field"), r.toString());
        }
        assertEquals(204, assign("timeout=0&max=64", member).status(), "the limit itself is allowed");
    }

    @Test
    void nothingWithinTheTimeoutIs204() {
        long started = System.nanoTime();
        RestResponse r = assign("timeout=1&max=8", member);
        assertEquals(204, r.status(), r.toString());
        assertTrue(System.nanoTime() - started >= 900_000_000L, "it waited for the timeout");
    }

    @Test
    void aBatchIsAnArrayOfAtMostMaxInServiceOrder() {
        List<String> ids = submit(5);
        JsonArray first = array(assign("timeout=0&max=3", member));
        assertEquals(ids.subList(0, 3), ids(first));
        for (var p : first) {
            assertEquals(ProcessState.RUNNING, p.asJsonObject().getInt("state"));
            assertEquals(member.id(), p.asJsonObject().getString("assignedexecutorid"));
        }
        assertEquals(ids.subList(3, 5), ids(array(assign("timeout=0&max=3", member))));
        assertEquals(204, assign("timeout=0&max=3", member).status());
    }

    @Test
    void withoutMaxTheReplyIsStillOneObject() {
        String id = submit(1).get(0);
        RestResponse r = assign("timeout=0", member);
        assertEquals(200, r.status(), r.toString());
        assertTrue(r.body().strip().startsWith("{"), r.body());
        assertEquals(id, r.as(Process.class).processid);
    }

    @Test
    void aWaitingBatchAssignReturnsAsSoonAsOneArrivesOnAnyReplica() throws Exception {
        CompletableFuture<RestResponse> waiting = CompletableFuture.supplyAsync(() -> assign("timeout=20&max=8", member));
        Eventually.await(Duration.ofSeconds(10), () -> TestClock.waitingAssigns(Rpc.replicaA()), n -> n > 0,
                "the batch assign is parked");
        String id = member.on(Rpc.replicaB()).submit(aSpec().func("late")).processid;
        RestResponse r = waiting.get(15, TimeUnit.SECONDS);
        assertEquals(List.of(id), ids(array(r)), "it did not wait to fill the batch");
    }

    @Test
    void onlyApprovedMembersBatchAssignAndBatchClose() {
        Roles roles = new Roles(Rpc.replicaA(), type);
        String rolesPath = "/v1/colonies/" + roles.colony().id();
        RestRoles.assertOnly(roles, "POST /assignments?max=", key -> rest.post(rolesPath
                + "/assignments?timeout=0&max=4", null, key), MEMBER);
        RestRoles.assertOnly(roles, "POST /processes/closures", key -> rest.post(rolesPath + "/processes/closures",
                List.of(closure("0".repeat(64), true)), key), MEMBER);
    }

    @Test
    void aBatchCloseReportsEveryItemAndRefusalsNeverStopTheOthers() {
        List<String> ids = submit(5);
        List<String> mine = ids(array(assign("timeout=0&max=3", member)));
        TestExecutor colleague = colony.executor(type);
        String theirs = ids(array(assign("timeout=0&max=1", colleague))).get(0);
        String cancelled = mine.get(2);
        assertEquals(200, rest.post(path + "/processes/" + cancelled + "/cancel", null, member.key()).status());
        String unknown = "9".repeat(64);

        List<Map<String, Object>> body = new ArrayList<>();
        body.add(closure(mine.get(0), true, "out", List.of("done-0")));
        body.add(closure(mine.get(1), false, "errors", List.of("boom")));
        body.add(closure(theirs, true));
        body.add(closure(cancelled, true));
        body.add(closure(unknown, true));
        body.add(closure(mine.get(0), true));
        Map<String, Object> noOutcome = new LinkedHashMap<>();
        noOutcome.put("processid", mine.get(1));
        body.add(noOutcome);
        JsonArray results = array(rest.post(path + "/processes/closures", body, member.key()));

        assertEquals(List.of(200, 200, 403, 409, 404, 409, 400),
                results.stream().map(v -> v.asJsonObject().getInt("status")).toList(), results.toString());
        for (int i = 0; i < body.size(); i++) {
            JsonObject result = results.getJsonObject(i);
            assertEquals(body.get(i).get("processid"), result.getString("processid"));
            if (result.getInt("status") == 200) {
                assertFalse(result.containsKey("problem"), "no problem for a closed item: " + result);
            } else {
                JsonObject problem = result.getJsonObject("problem");
                assertEquals(result.getInt("status"), problem.getInt("status"));
                assertTrue(problem.getString("type").startsWith("https://colonies.io/problems/"), problem.toString());
                assertTrue(problem.getString("instance").startsWith("urn:uuid:"), problem.toString());
                assertFalse(problem.getString("detail").isBlank());
            }
        }
        assertTrue(results.getJsonObject(3).getJsonObject("problem").getString("detail").contains("cancelled"));

        Process succeeded = member.get(mine.get(0));
        assertEquals(ProcessState.SUCCESS, succeeded.state);
        assertEquals(List.of("done-0"), succeeded.out);
        Process failed = member.get(mine.get(1));
        assertEquals(ProcessState.FAILED, failed.state);
        assertEquals(List.of("boom"), failed.errors);
        assertEquals(ProcessState.RUNNING, member.get(theirs).state, "a colleague's process is untouched");
        assertEquals(ProcessState.CANCELLED, member.get(cancelled).state);
        assertEquals(ProcessState.WAITING, member.get(ids.get(4)).state, "an item not in the batch is untouched");
    }

    @Test
    void theBatchItselfMustBeAnArrayOfOneToTheLimit() {
        assertEquals(400, rest.post(path + "/processes/closures", "[]", member.key()).status());
        assertEquals(400, rest.post(path + "/processes/closures", "{\"processid\":\"x\"}", member.key()).status());
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 257; i++) {
            tooMany.add(closure(String.format("%064x", i), true));
        }
        RestResponse r = rest.post(path + "/processes/closures", tooMany, member.key());
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.problem().getString("detail").contains("COLONIES_MAX_CLOSE_BATCH"), r.toString());
    }

    @Test
    void aBatchCloseMovesAWorkflowOnAndTheChildGetsItsParentsOutput() {
        ProcessGraph graph = Workflows.submit(member, aSpec().named("parent").ofType(type),
                aSpec().named("child").ofType(type).after("parent"));
        List<String> parent = ids(array(assign("timeout=0&max=8", member)));
        assertEquals(1, parent.size(), "the child waits for its parent");
        JsonArray closed = array(rest.post(path + "/processes/closures",
                List.of(closure(parent.get(0), true, "out", List.of("from-parent"))), member.key()));
        assertEquals(200, closed.getJsonObject(0).getInt("status"));

        JsonArray child = array(assign("timeout=5&max=8", member));
        assertEquals(1, child.size());
        Process released = member.get(child.getJsonObject(0).getString("processid"));
        assertEquals(graph.processgraphid, released.processgraphid);
        assertEquals(List.of("from-parent"), released.in, "input is the parent's output");
        assertEquals(200, array(rest.post(path + "/processes/closures",
                List.of(closure(released.processid, true)), member.key())).getJsonObject(0).getInt("status"));
        assertEquals(ProcessState.SUCCESS, Workflows.get(member, graph.processgraphid).state);
    }

    private static Map<String, Object> closure(String processId, boolean successful, Object... field) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("processid", processId);
        c.put("successful", successful);
        if (field.length == 2) {
            c.put((String) field[0], field[1]);
        }
        return c;
    }
}
