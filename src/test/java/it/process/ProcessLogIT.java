package it.process;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Log;
import io.colonies.model.core.Process;
import io.colonies.model.rpc.LogMessages.AddLog;
import io.colonies.model.rpc.LogMessages.GetLogs;
import io.colonies.model.rpc.ProcessMessages.DeleteProcess;
import io.colonies.model.security.PrivateKey;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Reply;
import it.support.RestClient;
import it.support.RestResponse;
import it.support.Rpc;
import it.support.TestClock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Process logs over RPC (addlogmsg, getlogsmsg) and REST (…/processes/{id}/logs): each outcome. */
@ExtendWith(ArquillianExtension.class)
class ProcessLogIT {
    private final Rpc rpc = Rpc.replicaA();
    private final RestClient rest = RestClient.replicaA();
    private TestColony colony;
    private TestExecutor assignee;
    private TestExecutor other;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void colony() {
        TestClock.alignBoth();
        String type = "log-" + UUID.randomUUID().toString().substring(0, 8);
        colony = Fixtures.newColony(rpc);
        assignee = colony.executor(type);
        other = colony.executor(type);
    }

    private Process running() {
        Process p = assignee.submit(aSpec());
        Process assigned = assignee.assign(-1);
        assertEquals(p.processid, assigned.processid);
        return assigned;
    }

    private Reply add(String processId, String message, PrivateKey key) {
        AddLog add = new AddLog();
        add.processid = processId;
        add.message = message;
        return rpc.send(add, key);
    }

    private Reply get(String processId, int count, long since, PrivateKey key) {
        GetLogs get = new GetLogs();
        get.processid = processId;
        get.count = count;
        get.since = since;
        return rpc.send(get, key);
    }

    private List<Log> logs(String processId, int count, long since) {
        Reply r = get(processId, count, since, other.key());
        assertEquals(200, r.status(), r.toString());
        Log[] logs = r.as(Log[].class);
        return logs == null ? List.of() : Arrays.asList(logs); // an empty list is null on /api
    }

    @Test
    void theAssigneeAddsAndMembersPageWithSince() {
        Process p = running();
        for (int i = 0; i < 5; i++) {
            Reply r = add(p.processid, "line " + i, assignee.key());
            assertEquals(200, r.status(), r.toString());
        }
        List<Log> all = logs(p.processid, 500, 0);
        assertEquals(List.of("line 0", "line 1", "line 2", "line 3", "line 4"),
                all.stream().map(l -> l.message).toList());
        Log first = all.get(0);
        assertEquals(p.processid, first.processid);
        assertEquals(colony.id(), first.colonyid);
        assertEquals(assignee.id(), first.executorid);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i).timestamp > all.get(i - 1).timestamp, "strictly increasing timestamps");
        }
        List<Log> page1 = logs(p.processid, 2, 0);
        List<Log> page2 = logs(p.processid, 2, page1.get(1).timestamp);
        List<Log> page3 = logs(p.processid, 2, page2.get(1).timestamp);
        assertEquals(List.of("line 2", "line 3"), page2.stream().map(l -> l.message).toList());
        assertEquals(List.of("line 4"), page3.stream().map(l -> l.message).toList());
        assertEquals(0, logs(p.processid, 2, page3.get(0).timestamp).size());
    }

    @Test
    void onlyTheAssigneeOfARunningProcessMayAdd() {
        Process p = running();
        assertEquals(403, add(p.processid, "not mine", other.key()).status());
        Process waiting = assignee.submit(aSpec());
        assertEquals(403, add(waiting.processid, "not running", assignee.key()).status());
        assertEquals(200, assignee.close(p.processid).status());
        Reply closed = add(p.processid, "after close", assignee.key());
        assertEquals(403, closed.status(), closed.toString());
        assertEquals(404, add(UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000",
                "x", assignee.key()).status());
        assertEquals(0, logs(p.processid, 10, 0).size(), "nothing refused was kept");
    }

    @Test
    void countAndSinceAreChecked() {
        Process p = running();
        assertEquals(400, get(p.processid, 501, 0, other.key()).status());
        assertEquals(400, get(p.processid, 0, 0, other.key()).status());
        assertEquals(400, get(p.processid, 10, -1, other.key()).status());
        assertEquals(200, get(p.processid, 500, 0, other.key()).status());
    }

    @Test
    void aLineOverTheMessageLimitOrAFullLogIsRefused() {
        Process p = running();
        assertEquals(400, add(p.processid, "x".repeat(16385), assignee.key()).status());
        String max = "y".repeat(16384);
        // 64 lines of 16 KiB fill the default 1 MiB per process exactly.
        for (int i = 0; i < 64; i++) {
            Reply r = add(p.processid, max, assignee.key());
            assertEquals(200, r.status(), "line " + i + ": " + r);
        }
        Reply full = add(p.processid, "z", assignee.key());
        assertEquals(409, full.status(), full.toString());
        assertTrue(full.failure().message.contains("full"), full.toString());
        assertEquals(64, logs(p.processid, 500, 0).size());
    }

    @Test
    void logsGoWithTheirProcess() {
        Process p = running();
        assertEquals(200, add(p.processid, "bye", assignee.key()).status());
        DeleteProcess delete = new DeleteProcess();
        delete.processid = p.processid;
        assertEquals(200, rpc.send(delete, assignee.key()).status());
        assertEquals(404, get(p.processid, 10, 0, other.key()).status());
    }

    @Test
    void overRest() {
        Process p = running();
        String path = "/v1/colonies/" + colony.id() + "/processes/" + p.processid + "/logs";
        RestResponse added = rest.post(path, Map.of("message", "hello"), assignee.key());
        assertEquals(201, added.status(), added.toString());
        assertEquals("hello", added.as(Log.class).message);
        assertEquals(201, rest.post(path, Map.of("message", "world"), assignee.key()).status());
        RestResponse refused = rest.post(path, Map.of("message", "not mine"), other.key());
        assertEquals(403, refused.status(), refused.toString());
        assertEquals("https://colonies.io/problems/process/forbidden", refused.problem().getString("type"));

        List<Log> all = rest.get(path, other.key()).asList(Log[].class);
        assertEquals(List.of("hello", "world"), all.stream().map(l -> l.message).toList());
        List<Log> after = rest.get(path + "?count=5&since=" + all.get(0).timestamp, other.key()).asList(Log[].class);
        assertEquals(List.of("world"), after.stream().map(l -> l.message).toList());
        assertEquals(400, rest.get(path + "?count=501", other.key()).status());
        assertEquals("since", rest.get(path + "?since=abc", other.key()).problem().getString("field"));
        assertEquals(404, rest.get("/v1/colonies/" + Fixtures.newColony(rpc).id() + "/processes/" + p.processid
                + "/logs", other.key()).status(), "a process of another colony is not found");

        assertEquals(200, assignee.close(p.processid).status());
        assertEquals(403, rest.post(path, Map.of("message", "late"), assignee.key()).status());
    }
}
