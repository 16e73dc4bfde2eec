package io.colonies.client.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.client.ClientConfig;
import io.colonies.client.ColoniesClient;
import io.colonies.client.ColoniesException;
import io.colonies.client.builtin.BuiltinFunctions;
import io.colonies.model.core.Process;
import io.colonies.model.json.WireJson;
import io.colonies.model.security.PrivateKey;
import io.colonies.testing.FakeColoniesServer;
import io.colonies.testing.FakeColoniesServer.Answer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutorLoopTest {
    private final PrivateKey colonyKey = PrivateKey.generate();
    private final PrivateKey executorKey = PrivateKey.generate();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private FakeColoniesServer server;
    private Thread loopThread;

    @AfterEach
    void tearDown() throws InterruptedException {
        if (loopThread != null) {
            loopThread.interrupt();
            loopThread.join(5000);
        }
        if (server != null) {
            server.close();
        }
    }

    private static Process process(String funcname, String inJson) {
        Process p = new Process();
        p.processid = PrivateKey.generate().id();
        p.state = 1;
        p.spec.funcname = funcname;
        p.in = WireJson.fromJson(inJson, List.class);
        return p;
    }

    /** Registration succeeds; the first assign hands out {@code first}, later ones long-poll and find nothing. */
    private FakeColoniesServer serverHanding(Process first) throws IOException {
        AtomicInteger assigns = new AtomicInteger();
        return new FakeColoniesServer()
                .on("getexecutorsmsg", Answer.ok("null"))
                .on("addexecutormsg", Answer.ok("{}"))
                .on("approveexecutormsg", Answer.ok("{}"))
                .on("getfunctionsmsg", Answer.ok("null"))
                .on("addfunctionmsg", Answer.ok("{}"))
                .on("closesuccessfulmsg", Answer.ok("{}"))
                .on("closefailedmsg", Answer.ok("{}"))
                .on("assignprocessmsg", call -> assigns.getAndIncrement() == 0
                        ? Answer.ok(WireJson.toJson(first))
                        : Answer.error(404, "No processes can be selected").after(3000));
    }

    private ExecutorLoop startLoop(int port) {
        ColoniesClient client = new ColoniesClient(new ClientConfig("127.0.0.1", port, false));
        ExecutorSettings settings = ExecutorSettings.of(colonyKey.id(), colonyKey, executorKey, "cloud");
        ExecutorLoop loop = new ExecutorLoop(client, settings, BuiltinFunctions.table(), log::add);
        loopThread = new Thread(loop::run);
        loopThread.start();
        return loop;
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met in time");
            Thread.sleep(20);
        }
    }

    @Test
    void registersRunsClosesAndStopsDuringTheLongPoll() throws Exception {
        server = serverHanding(process("sum", "[4, 9]"));
        ExecutorLoop loop = startLoop(server.port());

        awaitTrue(() -> !server.calls("closesuccessfulmsg").isEmpty());
        awaitTrue(() -> server.calls("assignprocessmsg").size() >= 2);
        loop.stop();

        assertTrue(loop.awaitStopped(Duration.ofSeconds(2)), "stop() must cut the long-poll short");
        assertEquals(colonyKey.id(), server.calls("addexecutormsg").get(0).signerId());
        assertEquals(colonyKey.id(), server.calls("approveexecutormsg").get(0).signerId());
        assertEquals(6, server.calls("addfunctionmsg").size());
        assertEquals(executorKey.id(), server.calls("addfunctionmsg").get(0).signerId());
        assertEquals(executorKey.id(), server.calls("assignprocessmsg").get(0).signerId());
        assertTrue(server.calls("closesuccessfulmsg").get(0).json().contains("\"out\":[13]"));
        assertTrue(log.stream().anyMatch(l -> l.contains("sum: success")), log.toString());
    }

    @Test
    void aThrowingHandlerClosesTheProcessAsFailed() throws Exception {
        server = serverHanding(process("square", "[2, 3]"));
        server.on("assignprocessmsg", new AtomicCounterAnswer(process("fail", "[]")));
        ExecutorLoop loop = startLoop(server.port());

        awaitTrue(() -> !server.calls("closefailedmsg").isEmpty());
        loop.stop();

        assertTrue(loop.awaitStopped(Duration.ofSeconds(5)));
        assertTrue(server.calls("closefailedmsg").get(0).json().contains("\"errors\":[\"failed on request\"]"));
    }

    @Test
    void aShutdownHandsTheRunningProcessBackInsteadOfFailingIt() throws Exception {
        Process slow = process("sleep", "[]");
        slow.spec.args = List.<Object>of(60);
        server = serverHanding(slow).on("unassignprocessmsg", Answer.ok("{}"));
        ExecutorLoop loop = startLoop(server.port());

        awaitTrue(() -> log.stream().anyMatch(l -> l.contains("ready")) && !server.calls("assignprocessmsg").isEmpty());
        Thread.sleep(200); // let the handler start sleeping
        assertTrue(loop.shutdown(Duration.ZERO), "the handler is interrupted at once");

        assertEquals(1, server.calls("unassignprocessmsg").size(), log.toString());
        assertTrue(server.calls("unassignprocessmsg").get(0).json().contains(slow.processid));
        assertEquals(executorKey.id(), server.calls("unassignprocessmsg").get(0).signerId());
        assertTrue(server.calls("closefailedmsg").isEmpty(), "handed back, not failed");
        assertTrue(log.stream().anyMatch(l -> l.contains("handed back to the queue")), log.toString());
    }

    @Test
    void anUnreachableServerIsRetriedUntilStopped() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ExecutorLoop loop = startLoop(closedPort);

        awaitTrue(() -> log.stream().anyMatch(l -> l.contains("Cannot reach the Colonies server at http://127.0.0.1:")));
        loop.stop();

        assertTrue(loop.awaitStopped(Duration.ofSeconds(6)));
    }

    @Test
    void aRefusedRegistrationEndsTheRun() throws Exception {
        server = new FakeColoniesServer().on("getexecutorsmsg", Answer.error(403, "RecoveredID does not match Colony Id"));
        ColoniesClient client = new ColoniesClient(new ClientConfig("127.0.0.1", server.port(), false));
        ExecutorLoop loop = new ExecutorLoop(client, ExecutorSettings.of(colonyKey.id(), colonyKey, executorKey, "x"),
                BuiltinFunctions.table(), log::add);

        ColoniesException e = assertThrows(ColoniesException.class, loop::run);
        assertEquals(403, e.status());
    }

    /** First assign returns the process, then nothing (quickly, to keep the test short). */
    private static final class AtomicCounterAnswer implements java.util.function.Function<FakeColoniesServer.Call, Answer> {
        private final AtomicInteger count = new AtomicInteger();
        private final Process process;

        AtomicCounterAnswer(Process process) {
            this.process = process;
        }

        @Override
        public Answer apply(FakeColoniesServer.Call call) {
            return count.getAndIncrement() == 0 ? Answer.ok(WireJson.toJson(process))
                    : Answer.error(404, "No processes can be selected").after(200);
        }
    }
}
