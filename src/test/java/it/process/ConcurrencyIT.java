package it.process;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.client.ClientConfig;
import io.colonies.client.CloseResult;
import io.colonies.client.Closure;
import io.colonies.client.RestColoniesClient;
import io.colonies.client.RestTransport;
import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Keys;
import it.support.Reply;
import it.support.RestClient;
import it.support.Rpc;
import it.support.SpecBuilder;
import it.support.TestClock;
import it.support.Workflows;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing lost, nothing doubled on the batch path: 20,000 processes submitted through both replicas
 * (800 standalone, the rest in workflows of 100 independent nodes, so that submitting is quick) are drained by 8 executors that alternate replicas, claiming with batch assigns and closing with
 * batch closes (every tenth round a single RPC assign and close, so the paths mix). Every process
 * must be handed out once, closed once by its assignee, and be SUCCESS once in the database.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {
    private static final int PROCESSES = 20_000;
    private static final int EXECUTORS = 8;
    private static final int SUBMITTERS = 8;
    private static final int BATCH = 32;
    /** Most processes come in workflows of independent nodes: many processes per submit request. */
    private static final int WORKFLOW_NODES = 100;
    private static final int WORKFLOWS = 192;
    private static final int STANDALONE = PROCESSES - WORKFLOWS * WORKFLOW_NODES;
    private static final Duration LIMIT = Duration.ofMinutes(4);
    private static final String IT_DATABASE = "jdbc:postgresql://127.0.0.1:5432/colonies_it";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void twentyThousandProcessesOverTwoReplicasAreNeitherLostNorDoubled() throws Exception {
        TestClock.alignBoth();
        Rpc[] replicas = {Rpc.replicaA(), Rpc.replicaB()};
        RestColoniesClient[] sdk = {client(replicas[0]), client(replicas[1])};
        TestColony colony = Fixtures.newColony(replicas[0]);
        String type = "concurrency";
        List<TestExecutor> executors = new ArrayList<>();
        for (int i = 0; i < EXECUTORS; i++) {
            executors.add(colony.executor(type));
        }
        try {
            drainAndCheck(colony, type, executors, replicas, sdk);
        } finally {
            // 20,000 rows would slow the queries of the tests after this one
            sdk[0].deleteColony(colony.id(), Keys.SERVER);
        }
    }

    private void drainAndCheck(TestColony colony, String type, List<TestExecutor> executors, Rpc[] replicas,
                               RestColoniesClient[] sdk) throws Exception {
        Set<String> submitted = ConcurrentHashMap.newKeySet();
        Map<String, String> assignedTo = new ConcurrentHashMap<>();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        List<String> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();
        long deadline = System.nanoTime() + LIMIT.toNanos();
        long started = System.nanoTime();
        ExecutorService submitters = Executors.newFixedThreadPool(SUBMITTERS);
        List<Future<?>> submits = new ArrayList<>();
        for (int s = 0; s < SUBMITTERS; s++) {
            TestExecutor submitter = executors.get(s % EXECUTORS);
            RestColoniesClient via = sdk[s % 2];
            TestExecutor onReplica = submitter.on(replicas[s % 2]);
            submits.add(submitters.submit(() -> {
                for (int i = 0; i < STANDALONE / SUBMITTERS && System.nanoTime() < deadline; i++) {
                    FunctionSpec spec = aSpec().inColony(colony.id()).ofType(type).func("job").build();
                    submitted.add(via.submit(spec, submitter.key()).processid);
                }
                for (int w = 0; w < WORKFLOWS / SUBMITTERS && System.nanoTime() < deadline; w++) {
                    SpecBuilder[] nodes = new SpecBuilder[WORKFLOW_NODES];
                    for (int n = 0; n < WORKFLOW_NODES; n++) {
                        nodes[n] = aSpec().named("node-" + n).ofType(type).func("job");
                    }
                    submitted.addAll(Workflows.submit(onReplica, nodes).processids);
                }
            }));
        }
        submitters.shutdown();
        assertTrue(submitters.awaitTermination(LIMIT.toSeconds(), TimeUnit.SECONDS), "the submits ended in time");
        for (Future<?> f : submits) {
            f.get();
        }
        double submitSeconds = (System.nanoTime() - started) / 1e9;
        assertEquals(PROCESSES, submitted.size(), "all submitted in time");

        // The drain runs on a full queue, so the batches are full and the rate is the batch path's.
        long drainStarted = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(EXECUTORS);
        List<Future<?>> work = new ArrayList<>();
        for (int e = 0; e < EXECUTORS; e++) {
            TestExecutor executor = executors.get(e);
            int first = e % 2;
            work.add(pool.submit(() -> {
                for (int round = 0; closed.get() < PROCESSES && System.nanoTime() < deadline; round++) {
                    int replica = (first + round) % 2;
                    if (round % 10 == 9) {
                        singleRound(executor.on(replicas[replica]), assignedTo, duplicates, closed, refusals);
                        continue;
                    }
                    List<Process> claimed = sdk[replica].assignBatch(colony.id(), 1, BATCH, executor.key());
                    List<Closure> closures = new ArrayList<>();
                    for (Process p : claimed) {
                        if (assignedTo.putIfAbsent(p.processid, executor.id()) != null) {
                            duplicates.incrementAndGet();
                        }
                        closures.add(Closure.success(p.processid, List.of(p.processid)));
                    }
                    if (closures.isEmpty()) {
                        continue;
                    }
                    // close on the other replica than the claim, so both replicas see both halves
                    for (CloseResult result : sdk[1 - replica].closeBatch(colony.id(), closures, executor.key())) {
                        if (result.closed()) {
                            closed.incrementAndGet();
                        } else {
                            refusals.add(result.processid + ": " + result.status);
                        }
                    }
                }
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(LIMIT.toSeconds(), TimeUnit.SECONDS), "the drain ended in time");
        for (Future<?> f : work) {
            f.get();
        }
        double drainSeconds = (System.nanoTime() - drainStarted) / 1e9;
        System.out.printf("ConcurrencyIT: %d processes submitted in %.1f s (%.0f/s, %d clients), drained by %d"
                + " executors over 2 replicas in %.1f s (%.0f completed/s, batches of up to %d)%n", submitted.size(),
                submitSeconds, submitted.size() / submitSeconds, SUBMITTERS, EXECUTORS, drainSeconds,
                closed.get() / drainSeconds, BATCH);

        assertEquals(0, duplicates.get(), "no process was handed out twice");
        assertTrue(refusals.isEmpty(), "no close was refused: " + refusals.subList(0, Math.min(10, refusals.size())));
        assertEquals(PROCESSES, closed.get(), "every process closed once, in time");
        assertEquals(submitted, assignedTo.keySet(), "none lost");
        assertTrue(assignedTo.values().stream().distinct().count() == EXECUTORS, "every executor took part");
        checkDatabase(colony.id(), assignedTo);
    }

    /** The mixed path: one RPC assign and one RPC close on the given replica. */
    private static void singleRound(TestExecutor executor, Map<String, String> assignedTo, AtomicInteger duplicates,
                                    AtomicInteger closed, List<String> refusals) {
        Reply reply = executor.assignReply(1);
        if (!reply.ok()) {
            return; // nothing waiting within the second
        }
        Process p = reply.as(Process.class);
        if (assignedTo.putIfAbsent(p.processid, executor.id()) != null) {
            duplicates.incrementAndGet();
        }
        Reply close = executor.close(p.processid, p.processid);
        if (close.ok()) {
            closed.incrementAndGet();
        } else {
            refusals.add(p.processid + ": " + close);
        }
    }

    /** Every row of the colony is SUCCESS once, assigned to the executor that claimed it, with its own output. */
    private static void checkDatabase(String colonyId, Map<String, String> assignedTo) throws Exception {
        int rows = 0;
        try (Connection db = DriverManager.getConnection(IT_DATABASE, "postgres", "");
             PreparedStatement q = db.prepareStatement("SELECT process_id, assigned_executor_id, state, output"
                     + " FROM processes WHERE colony_id = ?")) {
            q.setString(1, colonyId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    String id = rs.getString(1);
                    assertEquals(ProcessState.SUCCESS, rs.getInt(3), id);
                    assertEquals(assignedTo.get(id), rs.getString(2), "closed by its assignee: " + id);
                    assertEquals("[\"" + id + "\"]", rs.getString(4), "its own output: " + id);
                }
            }
        }
        assertEquals(PROCESSES, rows, "exactly one row per process");
    }

    /** Signs with the replica's clock, which earlier tests may have moved. */
    private static RestColoniesClient client(Rpc replica) {
        URI base = URI.create(replica.baseUrl());
        long offset = new RestClient(replica).serverNowSeconds() - System.currentTimeMillis() / 1000;
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(offset));
        return new RestColoniesClient(new RestTransport(new ClientConfig(base.getHost(), base.getPort(), false), clock));
    }
}
