package io.colonies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.json.WireJson;
import io.colonies.model.security.PrivateKey;
import io.colonies.testing.FakeColoniesServer;
import io.colonies.testing.FakeColoniesServer.Answer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code process attributes} against a scripted server: the listing, its errors, and --follow on the event stream. */
@Timeout(30)
class ProcessAttributesTest {
    private final String colonyId = PrivateKey.generate().id();
    private final String processId = PrivateKey.generate().id();
    private final Map<String, String> env = new LinkedHashMap<>(Map.of("COLONIES_SERVER_HOST", "127.0.0.1",
            "COLONIES_EXECUTOR_PRVKEY", PrivateKey.generate().hex()));

    private Attribute attribute(String key, String value, int type) {
        Attribute a = new Attribute();
        a.attributeid = PrivateKey.generate().id();
        a.targetid = processId;
        a.targetcolonyid = colonyId;
        a.key = key;
        a.value = value;
        a.attributetype = type;
        return a;
    }

    private String process(int state, Attribute... attributes) {
        Process p = new Process();
        p.processid = processId;
        p.state = state;
        p.spec.conditions.colonyid = colonyId;
        p.attributes = new ArrayList<>(List.of(attributes));
        return WireJson.toJson(p);
    }

    private CliTestSupport.Result run(FakeColoniesServer server, String... args) {
        env.put("COLONIES_SERVER_PORT", Integer.toString(server.port()));
        return CliTestSupport.run(env, args);
    }

    @Test
    void aBadIdIsAUsageErrorWithoutAStackTrace() {
        CliTestSupport.Result r = CliTestSupport.run(env, "process", "attributes", "not-an-id");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals("Error: PROCESSID must be 64 hexadecimal characters, was 'not-an-id'", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void theListingIsATableOrJsonAndAnUnknownProcessIsARefusal() throws Exception {
        Attribute progress = attribute("progress", "50%", Attribute.OUT);
        Attribute mode = attribute("mode", "fast", Attribute.IN);
        try (FakeColoniesServer server = new FakeColoniesServer()
                .on("getprocessmsg", Answer.ok(process(ProcessState.RUNNING, progress, mode)))) {
            CliTestSupport.Result table = run(server, "process", "attributes", processId.toUpperCase());
            assertEquals(ExitCodes.OK, table.exitCode(), table.err());
            assertEquals(List.of("KEY       VALUE  TYPE  ATTRIBUTEID", "progress  50%    out   " + progress.attributeid,
                    "mode      fast   in    " + mode.attributeid), table.out().lines().toList());
            assertTrue(server.calls("getprocessmsg").get(0).json().contains(processId), "the id is sent in lower case");

            CliTestSupport.Result json = run(server, "--json", "process", "attributes", processId);
            List<?> listed = WireJson.fromJson(json.out(), List.class);
            assertEquals(2, listed.size(), json.out());
            assertEquals("progress", ((Map<?, ?>) listed.get(0)).get("key"));
        }
        try (FakeColoniesServer server = new FakeColoniesServer()
                .on("getprocessmsg", Answer.error(404, "Process with Id " + processId + " not found"))) {
            CliTestSupport.Result r = run(server, "process", "attributes", processId, "--follow");
            assertEquals(ExitCodes.SERVER_ERROR, r.exitCode());
            assertTrue(r.err().startsWith("Error: The server refused"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void followPrintsEachChangeAfterTheListingAndExitsWithTheProcessOutcome() throws Exception {
        Attribute before = attribute("progress", "10%", Attribute.OUT);
        Attribute later = attribute("progress2", "90%", Attribute.OUT);
        AtomicInteger reads = new AtomicInteger();
        List<String> streams = new CopyOnWriteArrayList<>();
        try (FakeColoniesServer server = new FakeColoniesServer()
                .on("getprocessmsg", call -> Answer.ok(reads.incrementAndGet() <= 2
                        ? process(ProcessState.RUNNING, before) : process(ProcessState.FAILED, later)))
                .route("/v1/", x -> {
                    streams.add(x.getRequestURI().toString());
                    x.getResponseHeaders().add("Content-Type", "text/event-stream");
                    x.sendResponseHeaders(200, 0);
                    OutputStream out = x.getResponseBody();
                    out.write((": subscribed\n\n"
                            + "event: attribute-added\ndata: " + WireJson.toJson(Map.of("change", "added", "attribute", later))
                            + "\n\nevent: attribute-removed\ndata: {\"change\":\"removed\",\"attribute\":{\"attributeid\":\""
                            + before.attributeid + "\"}}\n\n"
                            + "event: failed\ndata: " + process(ProcessState.FAILED, later) + "\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                    out.flush();
                })) {
            CliTestSupport.Result r = run(server, "process", "attributes", processId, "--follow");
            assertEquals(ExitCodes.NOT_SUCCESSFUL, r.exitCode(), r.toString());
            assertEquals(List.of("KEY       VALUE  TYPE  ATTRIBUTEID", "progress  10%    out   " + before.attributeid,
                    "+ progress2  90%  out  " + later.attributeid, "- progress  10%  out  " + before.attributeid),
                    r.out().lines().toList());
            assertTrue(r.err().contains("process " + processId + ": RUNNING"), r.err());
            assertTrue(r.err().contains("process " + processId + ": FAILED"), r.err());
            assertEquals(List.of("/v1/colonies/" + colonyId + "/events?processId=" + processId + "&attributes=true"),
                    streams);
            assertEquals(3, reads.get(), "before, once subscribed, and at the end");
        }
    }

    @Test
    void followOnAnEndedProcessListsItWithoutAStream() throws Exception {
        try (FakeColoniesServer server = new FakeColoniesServer()
                .on("getprocessmsg", Answer.ok(process(ProcessState.SUCCESS, attribute("k", "v", Attribute.OUT))))) {
            CliTestSupport.Result r = run(server, "--json", "process", "attributes", processId, "--follow");
            assertEquals(ExitCodes.OK, r.exitCode(), r.err());
            Map<?, ?> change = WireJson.fromJson(r.out().strip(), Map.class);
            assertEquals("added", change.get("change"));
            assertEquals("v", ((Map<?, ?>) change.get("attribute")).get("value"));
        }
    }
}
