package io.colonies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.json.WireJson;
import io.colonies.model.security.PrivateKey;
import io.colonies.testing.FakeColoniesServer;
import io.colonies.testing.FakeColoniesServer.Answer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code workflow submit --wait} on the paper's example, against a scripted server that reports the
 * finished graph on the second poll: the result line must read 13.
 */
class WorkflowWaitTest {
    private final String colonyId = PrivateKey.generate().id();
    private final PrivateKey executorKey = PrivateKey.generate();
    private final Map<String, Process> processes = new LinkedHashMap<>();

    private Process node(String name, String funcname, String type, String outJson, String... children) {
        Process p = new Process();
        p.processid = PrivateKey.generate().id();
        p.state = 2;
        p.spec.nodename = name;
        p.spec.funcname = funcname;
        p.spec.conditions.executortype = type;
        p.out = WireJson.fromJson(outJson, List.class);
        p.children = List.of(children);
        processes.put(p.processid, p);
        return p;
    }

    @Test
    void thePaperWorkflowPrintsResult13() throws Exception {
        Process sum = node("sum", "sum", "browser", "[13]");
        Process square0 = node("square0", "square", "cloud", "[4]", sum.processid);
        Process square1 = node("square1", "square", "cloud", "[9]", sum.processid);
        Process gen = node("gen_nums", "gen_nums", "edge", "[2, 3]", square0.processid, square1.processid);
        ProcessGraph graph = new ProcessGraph();
        graph.processgraphid = PrivateKey.generate().id();
        graph.processids = List.of(gen.processid, square0.processid, square1.processid, sum.processid);
        AtomicInteger polls = new AtomicInteger();
        Map<String, String> env = Map.of("COLONIES_SERVER_HOST", "127.0.0.1",
                "COLONIES_COLONY_ID", colonyId, "COLONIES_EXECUTOR_PRVKEY", executorKey.hex());

        try (FakeColoniesServer server = new FakeColoniesServer()
                .on("submitworkflowspecmsg", Answer.ok(WireJson.toJson(graph)))
                .on("getprocessgraphmsg", call -> {
                    graph.state = polls.incrementAndGet() < 2 ? 1 : 2;
                    return Answer.ok(WireJson.toJson(graph));
                })
                .on("getprocessmsg", call -> {
                    String id = WireJson.fromJson(call.json(), Map.class).get("processid").toString();
                    return Answer.ok(WireJson.toJson(processes.get(id)));
                })) {
            Map<String, String> withPort = new LinkedHashMap<>(env);
            withPort.put("COLONIES_SERVER_PORT", Integer.toString(server.port()));
            Path spec = Path.of("..", "examples", "paper-workflow.json");

            CliTestSupport.Result result = CliTestSupport.run(withPort, "workflow", "submit", "--spec",
                    spec.toString(), "--wait");

            assertEquals(ExitCodes.OK, result.exitCode(), result.err());
            assertTrue(result.out().strip().endsWith("Result: 13"), result.out());
            assertTrue(result.err().contains("workflow " + graph.processgraphid + ": SUCCESS"), result.err());
            String submitted = server.calls("submitworkflowspecmsg").get(0).json();
            assertTrue(submitted.contains("\"colonyid\":\"" + colonyId + "\""), submitted);
        }
    }
}
