package it.rest;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.RestClient;
import it.support.RestProcessPage;
import it.support.RestResponse;
import it.support.Rpc;
import it.support.TestClock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The process operations over REST: submit, idempotency, paging, close, attributes, history, assign. */
@ExtendWith(ArquillianExtension.class)
class RestProcessIT {
    private final RestClient rest = RestClient.replicaA();
    private TestColony colony;
    private TestExecutor member;
    private String path;
    private String type;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void colony() {
        // Both replicas must agree on the time the requests are signed with.
        TestClock.alignBoth();
        type = "rest-" + UUID.randomUUID().toString().substring(0, 8);
        colony = Fixtures.newColony(Rpc.replicaA());
        member = colony.executor(type);
        path = "/v1/colonies/" + colony.id();
    }

    private Process submit(int priority) {
        RestResponse r = rest.post(path + "/processes", aSpec().ofType(type).withPriority(priority).build(), member.key());
        assertEquals(201, r.status(), r.toString());
        return r.as(Process.class);
    }

    @Test
    void submitGetAndDelete() {
        RestResponse created = rest.post(path + "/processes", aSpec().ofType(type).func("echo", "hi").build(),
                member.key());
        assertEquals(201, created.status(), created.toString());
        Process p = created.as(Process.class);
        assertTrue(created.header("Location").endsWith(path + "/processes/" + p.processid), created.header("Location"));
        assertEquals(colony.id(), p.spec.conditions.colonyid, "the colony comes from the path");
        assertEquals(p.processid, rest.get(path + "/processes/" + p.processid, member.key()).as(Process.class).processid);
        assertEquals(204, rest.delete(path + "/processes/" + p.processid, member.key()).status());
        RestResponse gone = rest.get(path + "/processes/" + p.processid, member.key());
        assertEquals(404, gone.status());
        assertEquals("https://colonies.io/problems/process/not-found", gone.problem().getString("type"));
    }

    @Test
    void aRetriedSubmitWithTheSameKeyReturnsTheFirstProcessOnAnyReplica() {
        String body = RestClient.json(aSpec().ofType(type).build());
        String key = "order-" + UUID.randomUUID();
        RestResponse first = rest.send("POST", path + "/processes", body, member.key(), "Idempotency-Key", key);
        assertEquals(201, first.status(), first.toString());
        RestResponse retry = RestClient.replicaB().send("POST", path + "/processes", body, member.key(),
                "Idempotency-Key", key);
        assertEquals(200, retry.status(), retry.toString());
        assertEquals(first.as(Process.class).processid, retry.as(Process.class).processid);
        assertEquals(first.header("Location"), retry.header("Location").replace(":50182", ":50181"));
        RestResponse other = rest.send("POST", path + "/processes", body, member.key(), "Idempotency-Key", key + "-2");
        assertEquals(201, other.status());
        RestResponse bad = rest.send("POST", path + "/processes", body, member.key(), "Idempotency-Key", "a b");
        assertEquals("Idempotency-Key", bad.problem().getString("field"));
    }

    @Test
    void listingPagesWithACursorInQueueOrder() {
        Set<String> submitted = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            submitted.add(submit(i).processid);
        }
        List<String> seen = new java.util.ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            String query = "/processes?state=waiting&executorType=" + type + "&limit=2"
                    + (next == null ? "" : "&cursor=" + next);
            RestResponse r = rest.get(path + query, colony.key());
            assertEquals(200, r.status(), r.toString());
            RestProcessPage page = r.as(RestProcessPage.class);
            page.items.forEach(p -> seen.add(p.processid));
            next = page.next;
            if (next != null) {
                assertTrue(r.header("Link").contains("rel=\"next\""), r.header("Link"));
            }
            pages++;
        } while (next != null && pages < 10);
        assertEquals(submitted, new HashSet<>(seen));
        assertEquals(5, seen.size(), "no process twice");
        assertEquals(3, pages);
        assertEquals("limit", rest.get(path + "/processes?state=waiting&limit=101", colony.key()).problem().getString("field"));
        assertEquals("state", rest.get(path + "/processes?state=sleeping", colony.key()).problem().getString("field"));
        assertEquals("cursor", rest.get(path + "/processes?state=waiting&cursor=xyz", colony.key())
                .problem().getString("field"));
    }

    @Test
    void closeAttributesAndHistory() {
        Process p = submit(0);
        RestResponse assigned = rest.post(path + "/assignments?timeout=5", null, member.key());
        assertEquals(200, assigned.status(), assigned.toString());
        assertEquals(p.processid, assigned.as(Process.class).processid);
        String processPath = path + "/processes/" + p.processid;

        Attribute a = new Attribute();
        a.key = "progress";
        a.value = "50%";
        a.attributetype = Attribute.OUT;
        RestResponse added = rest.post(processPath + "/attributes", a, member.key());
        assertEquals(201, added.status(), added.toString());
        Attribute stored = added.as(Attribute.class);
        assertEquals("50%", rest.get(processPath + "/attributes/" + stored.attributeid, member.key())
                .as(Attribute.class).value);
        assertEquals(1, rest.get(processPath + "/attributes", member.key()).asList(Attribute[].class).size());
        assertEquals(409, rest.post(processPath + "/attributes", a, member.key()).status());

        assertEquals(204, rest.post(processPath + "/success", Map.of("out", List.of("done")), member.key()).status());
        RestResponse again = rest.post(processPath + "/failure", Map.of("errors", List.of("late")), member.key());
        assertEquals(409, again.status(), "an invalid transition: " + again);
        assertEquals("https://colonies.io/problems/process/conflict", again.problem().getString("type"));
        assertEquals(List.of("done"), rest.get(processPath, member.key()).as(Process.class).out);

        List<Process> history = rest.get(path + "/processes/history?state=success&seconds=600&executorId="
                + member.id(), colony.key()).asList(Process[].class);
        assertEquals(List.of(p.processid), history.stream().map(x -> x.processid).toList());

        Process q = submit(0);
        assertEquals(200, rest.post(path + "/assignments", null, member.key()).status());
        assertEquals(204, rest.post(path + "/processes/" + q.processid + "/failure", null, member.key()).status());
        assertEquals(ProcessState.FAILED, rest.get(path + "/processes/" + q.processid, member.key())
                .as(Process.class).state);
    }

    @Test
    void deleteAllByStateNeedsTheColonyOwner() {
        submit(0);
        submit(0);
        assertEquals(403, rest.delete(path + "/processes?state=waiting", member.key()).status());
        assertEquals(204, rest.delete(path + "/processes?state=waiting", colony.key()).status());
        RestProcessPage left = rest.get(path + "/processes?state=waiting", colony.key()).as(RestProcessPage.class);
        assertTrue(left.items.isEmpty());
        assertNull(left.next);
    }

    @Test
    void assignIsALongPollWokenBySubmitOnTheOtherReplica() throws Exception {
        RestResponse nothing = rest.post(path + "/assignments", null, member.key());
        assertEquals(204, nothing.status(), "a single attempt that finds nothing: " + nothing);
        assertEquals("timeout", rest.post(path + "/assignments?timeout=-1", null, member.key())
                .problem().getString("field"));

        CompletableFuture<RestResponse> waiting = CompletableFuture.supplyAsync(
                () -> rest.post(path + "/assignments?timeout=30", null, member.key()));
        it.support.Eventually.await(java.time.Duration.ofSeconds(20),
                () -> it.support.TestClock.waitingAssigns(Rpc.replicaA()), n -> n > 0, "the long-poll to wait");
        RestResponse submitted = RestClient.replicaB().post(path + "/processes", aSpec().ofType(type).build(),
                member.key());
        assertEquals(201, submitted.status());
        RestResponse assigned = waiting.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, assigned.status(), assigned.toString());
        Process p = assigned.as(Process.class);
        assertEquals(submitted.as(Process.class).processid, p.processid);
        assertEquals(member.id(), p.assignedexecutorid);
        assertNotNull(p.starttime);
    }
}
