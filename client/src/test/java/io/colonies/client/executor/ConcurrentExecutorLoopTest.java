package io.colonies.client.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.client.ClientConfig;
import io.colonies.client.CloseResult;
import io.colonies.client.Closure;
import io.colonies.client.ColoniesClient;
import io.colonies.client.RestColoniesClient;
import io.colonies.model.core.Executor;
import io.colonies.model.core.Function;
import io.colonies.model.core.Process;
import io.colonies.model.json.WireJson;
import io.colonies.model.security.PrivateKey;
import io.colonies.testing.FakeColoniesServer;
import io.colonies.testing.FakeColoniesServer.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link ExecutorLoop#concurrency}: handlers in parallel, batch assign and batch close on REST. */
class ConcurrentExecutorLoopTest {
    private final PrivateKey colonyKey = PrivateKey.generate();
    private final PrivateKey executorKey = PrivateKey.generate();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final ExecutorSettings settings = ExecutorSettings.of(colonyKey.id(), colonyKey, executorKey, "cloud")
            .withAssignTimeout(1);
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

    private static Process process() {
        Process p = new Process();
        p.processid = PrivateKey.generate().id();
        p.state = 1;
        p.spec.funcname = "work";
        return p;
    }

    /** A handler that only returns once {@code parties} handlers run at the same time. */
    private static ProcessHandler togetherWith(CountDownLatch parties) {
        return p -> {
            parties.countDown();
            if (!parties.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the handlers did not run in parallel");
            }
            return List.of(p.processid);
        };
    }

    private ExecutorLoop start(ColoniesClient client, ProcessHandler handler, int concurrency) {
        ExecutorLoop loop = new ExecutorLoop(client, settings, handler, List.of("work"), log::add)
                .concurrency(concurrency);
        loopThread = new Thread(loop::run);
        loopThread.start();
        return loop;
    }

    @Test
    void overRestItClaimsTheFreeSlotsInOneBatchAndClosesInBatches() throws Exception {
        InMemoryRest rest = new InMemoryRest(4);
        ExecutorLoop loop = start(rest, togetherWith(new CountDownLatch(4)), 4);

        List<String> closed = new ArrayList<>();
        while (closed.size() < 4) {
            List<Closure> batch = rest.closes.poll(10, TimeUnit.SECONDS);
            assertTrue(batch != null, "the processes were closed: " + log);
            batch.forEach(c -> {
                assertTrue(c.successful);
                assertEquals(List.of(c.processid), c.out);
                closed.add(c.processid);
            });
        }
        loop.stop();
        assertTrue(loop.awaitStopped(Duration.ofSeconds(5)), "stop cuts the batch long-poll short");
        assertEquals(4, rest.asked.get(0), "the first batch assign asks for every free slot");
        assertEquals(rest.handedOut, new HashSet<>(closed), "each closed once");
        assertEquals(4, closed.size());
        assertTrue(log.stream().filter(l -> l.contains("work: success")).count() == 4, log.toString());
    }

    @Test
    void overRpcItRunsHandlersInParallelAndEachClosesItsOwn() throws Exception {
        AtomicInteger assigns = new AtomicInteger();
        server = new FakeColoniesServer()
                .on("getexecutorsmsg", Answer.ok("null"))
                .on("addexecutormsg", Answer.ok("{}"))
                .on("approveexecutormsg", Answer.ok("{}"))
                .on("getfunctionsmsg", Answer.ok("null"))
                .on("addfunctionmsg", Answer.ok("{}"))
                .on("closesuccessfulmsg", Answer.ok("{}"))
                .on("assignprocessmsg", call -> assigns.getAndIncrement() < 3 ? Answer.ok(WireJson.toJson(process()))
                        : Answer.error(404, "No processes can be selected").after(200));
        ExecutorLoop loop = start(new ColoniesClient(new ClientConfig("127.0.0.1", server.port(), false)),
                togetherWith(new CountDownLatch(3)), 3);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (server.calls("closesuccessfulmsg").size() < 3) {
            assertTrue(System.nanoTime() < deadline, "three handlers ran at once and closed: " + log);
            Thread.sleep(20);
        }
        loop.stop();
        assertTrue(loop.awaitStopped(Duration.ofSeconds(5)));
    }

    @Test
    void concurrencyIsAtLeastOne() {
        ExecutorLoop loop = new ExecutorLoop(new InMemoryRest(0), settings, p -> List.of(), List.of(), log::add);
        assertThrows(IllegalArgumentException.class, () -> loop.concurrency(0));
    }

    /** A REST client whose server is a list in memory: it hands out {@code count} processes in batches. */
    private final class InMemoryRest extends RestColoniesClient {
        final List<Integer> asked = new CopyOnWriteArrayList<>();
        final Set<String> handedOut = new HashSet<>();
        final BlockingQueue<List<Closure>> closes = new LinkedBlockingQueue<>();
        private final List<Process> waiting = new ArrayList<>();

        InMemoryRest(int count) {
            super(new ClientConfig("127.0.0.1", 1, false));
            for (int i = 0; i < count; i++) {
                waiting.add(ConcurrentExecutorLoopTest.process());
            }
        }

        @Override
        public List<Executor> executors(String colonyId, PrivateKey key) {
            return List.of();
        }

        @Override
        public Executor addExecutor(Executor executor, PrivateKey key) {
            return executor;
        }

        @Override
        public void approveExecutor(String executorId, PrivateKey key) {
        }

        @Override
        public List<Function> functionsOfExecutor(String executorId, PrivateKey key) {
            return List.of();
        }

        @Override
        public Function addFunction(Function function, PrivateKey key) {
            return function;
        }

        @Override
        public List<Process> assignBatch(String colonyId, int timeoutSeconds, int max, PrivateKey key) {
            asked.add(max);
            List<Process> batch = new ArrayList<>();
            synchronized (waiting) {
                while (!waiting.isEmpty() && batch.size() < max) {
                    Process p = waiting.remove(0);
                    handedOut.add(p.processid);
                    batch.add(p);
                }
            }
            if (batch.isEmpty()) {
                try {
                    Thread.sleep(timeoutSeconds * 1000L); // a long-poll that finds nothing
                } catch (InterruptedException e) {
                    throw new io.colonies.client.RequestInterruptedException(e);
                }
            }
            return batch;
        }

        @Override
        public List<CloseResult> closeBatch(String colonyId, List<Closure> closures, PrivateKey key) {
            closes.add(closures);
            List<CloseResult> results = new ArrayList<>();
            for (Closure c : closures) {
                CloseResult r = new CloseResult();
                r.processid = c.processid;
                r.status = 200;
                results.add(r);
            }
            return results;
        }
    }
}
