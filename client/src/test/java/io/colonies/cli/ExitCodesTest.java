package io.colonies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import io.colonies.model.json.WireJson;
import io.colonies.model.security.PrivateKey;
import io.colonies.testing.FakeColoniesServer;
import io.colonies.testing.FakeColoniesServer.Answer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unreachable server: 3; server refusal: 1; a successful wait: 0 and the result on stdout. */
class ExitCodesTest {
    private final String colonyId = PrivateKey.generate().id();
    private final PrivateKey executorKey = PrivateKey.generate();

    @TempDir
    Path dir;

    private Map<String, String> env(int port) {
        return Map.of("COLONIES_SERVER_HOST", "127.0.0.1", "COLONIES_SERVER_PORT", Integer.toString(port),
                "COLONIES_COLONY_ID", colonyId, "COLONIES_EXECUTOR_PRVKEY", executorKey.hex());
    }

    @Test
    void anUnreachableServerGivesExitCodeThree() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CliTestSupport.Result result = CliTestSupport.run(env(closedPort), "process", "ls");

        assertEquals(ExitCodes.UNREACHABLE, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("Error: Cannot reach the Colonies server at http://127.0.0.1:"
                + closedPort + ": "), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aServerRefusalGivesExitCodeOneWithTheServersMessage() throws Exception {
        try (FakeColoniesServer server = new FakeColoniesServer()
                .on("getprocessesmsg", Answer.error(403, "Executor with Id x is not approved"))) {
            CliTestSupport.Result result = CliTestSupport.run(env(server.port()), "process", "ls");

            assertEquals(ExitCodes.SERVER_ERROR, result.exitCode());
            assertEquals("Error: The server refused (403): Executor with Id x is not approved", result.err().strip());
        }
    }

    @Test
    void submitAndWaitPrintsProgressAndTheFinalOutput() throws Exception {
        Process process = new Process();
        process.processid = PrivateKey.generate().id();
        process.spec.funcname = "echo";
        AtomicInteger polls = new AtomicInteger();
        Path spec = Files.writeString(dir.resolve("echo.json"),
                "{\"funcname\": \"echo\", \"args\": [\"hi\"], \"conditions\": {\"executortype\": \"edge\"}}");
        try (FakeColoniesServer server = new FakeColoniesServer()
                .on("submitfuncspecmsg", Answer.ok(WireJson.toJson(process)))
                .on("getprocessmsg", call -> {
                    process.state = polls.incrementAndGet() < 2 ? 0 : 2;
                    process.out = WireJson.fromJson("[\"hi\"]", java.util.List.class);
                    return Answer.ok(WireJson.toJson(process));
                })) {
            CliTestSupport.Result result = CliTestSupport.run(env(server.port()),
                    "function", "submit", "--spec", spec.toString(), "--wait");

            assertEquals(ExitCodes.OK, result.exitCode(), result.err());
            assertTrue(result.err().contains("WAITING") && result.err().contains("SUCCESS"), result.err());
            assertTrue(result.out().contains("Output:") && result.out().contains("[\"hi\"]"), result.out());
            String submitted = server.calls("submitfuncspecmsg").get(0).json();
            assertTrue(submitted.contains("\"colonyid\":\"" + colonyId + "\""), "colony id filled from the environment");
            assertTrue(submitted.contains("\"maxexectime\":-1"), "0 means no limit");
            assertEquals(executorKey.id(), server.calls("submitfuncspecmsg").get(0).signerId());
        }
    }

    @Test
    void jsonOutputIsTheRawList() throws Exception {
        try (FakeColoniesServer server = new FakeColoniesServer().on("getprocessesmsg", Answer.ok("null"))) {
            CliTestSupport.Result result = CliTestSupport.run(env(server.port()), "process", "ls", "--json");

            assertEquals(ExitCodes.OK, result.exitCode(), result.err());
            assertEquals("[]", result.out().strip());
        }
    }
}
