package it.hardening;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.rpc.ProcessMessages.AssignProcess;
import io.colonies.model.rpc.ProcessMessages.CloseSuccessful;
import io.colonies.model.rpc.ProcessMessages.SubmitFunctionSpec;
import it.hardening.ChaosServers.Server;
import it.hardening.FailoverRpc.Answer;
import it.hardening.HoldLedger.Event;
import it.hardening.HoldLedger.Kind;
import it.hardening.HoldLedger.Row;
import it.support.Eventually;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Reply;
import it.support.Rpc;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chaos (issue 14): two replicas of their own under executor and submitter load; the holder of the scan
 * leases is killed with kill -9 mid-run and later restarted. Clients fail over to the other replica,
 * submitters with the same idempotency key. Every submitted process must exist once and end SUCCESS, no
 * process may be held by two executors at once, none may be lost; the lease fail-over time is printed.
 *
 * <p>The integration-test replicas are not touched: {@link ChaosServers} runs it-chaos-a and it-chaos-b
 * on database colonies_chaos.
 */
class ChaosIT {
    private static final String TYPE = "chaos";
    private static final int EXECUTORS_PER_REPLICA = 2;
    private static final int SUBMITTERS = 2;
    /** Bounds the run: at most this many processes per submitter. */
    private static final int MAX_PER_SUBMITTER = 1500;
    private static final long SUBMIT_PACING_MS = 25;
    /** A process whose assign reply was lost with the killed replica is re-queued after this. */
    private static final int MAX_EXEC_SECONDS = 4;
    private static final int MAX_RETRIES = 20;
    private static final int ASSIGN_POLL_SECONDS = 1;
    private static final int CLOSED_BEFORE_KILL = 300;
    private static final int SERVED_AFTER_RESTART = 150;
    private static final Duration LEASE_FAILOVER_LIMIT = Duration.ofSeconds(15);

    private static final ChaosServers servers = new ChaosServers();
    private static final Thread killOnExit = new Thread(servers::killAll, "chaos-servers-kill");

    private final FailoverRpc.Tally tally = new FailoverRpc.Tally();
    private final HoldLedger ledger = new HoldLedger();
    /** Idempotency key -> the process ids the replies for it carried (one, however often it was retried). */
    private final Map<String, Set<String>> submittedKeys = new ConcurrentHashMap<>();
    private final Map<Server, AtomicInteger> served = Map.of(ChaosServers.A, new AtomicInteger(),
            ChaosServers.B, new AtomicInteger());
    private final List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean submitting = new AtomicBoolean(true);
    private final AtomicBoolean executing = new AtomicBoolean(true);

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        Runtime.getRuntime().addShutdownHook(killOnExit);
        servers.prepare();
        ExecutorService starts = Executors.newFixedThreadPool(2);
        try {
            Future<Duration> a = starts.submit(() -> servers.start(ChaosServers.A));
            Future<Duration> b = starts.submit(() -> servers.start(ChaosServers.B));
            System.out.println("chaos: it-chaos-a up after " + a.get().toMillis() + " ms, it-chaos-b after "
                    + b.get().toMillis() + " ms");
        } finally {
            starts.shutdownNow();
        }
    }

    @AfterAll
    static void stopBothAndDropTheDatabase() {
        servers.cleanUp();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    @Test
    void killingTheLeaseHolderLosesNothingAndHoldsNothingTwice() throws Exception {
        TestColony colony = Fixtures.newColony(new Rpc(ChaosServers.A.url()));
        List<TestExecutor> executors = new ArrayList<>();
        for (int i = 0; i < 2 * EXECUTORS_PER_REPLICA; i++) {
            executors.add(colony.executor(TYPE));
        }
        ExecutorService pool = Executors.newFixedThreadPool(executors.size() + SUBMITTERS);
        List<Future<?>> work = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < executors.size(); i++) {
            TestExecutor executor = executors.get(i);
            FailoverRpc rpc = new FailoverRpc(i % 2 == 0 ? ChaosServers.A : ChaosServers.B, tally);
            work.add(pool.submit(() -> execute(executor, rpc)));
        }
        for (int s = 0; s < SUBMITTERS; s++) {
            TestExecutor submitter = executors.get(s);
            FailoverRpc rpc = new FailoverRpc(s % 2 == 0 ? ChaosServers.A : ChaosServers.B, tally);
            String prefix = "chaos-" + s + "-";
            work.add(pool.submit(() -> submit(submitter, rpc, prefix)));
        }

        try (Connection db = DriverManager.getConnection(ChaosServers.DATABASE_URL, "postgres", "")) {
            Eventually.await(Duration.ofSeconds(90), () -> alive(work, ledger.count(Kind.CLOSED)), n -> n >= CLOSED_BEFORE_KILL,
                    CLOSED_BEFORE_KILL + " processes closed before the kill");

            // The victim: whoever holds the deadline lease (the "leader"), and with it the leases it holds.
            Server victim = ChaosServers.byNode(Eventually.await(Duration.ofSeconds(15),
                    () -> holder(db, "deadlines"), h -> ChaosServers.byNode(h) != null, "a holder of the deadline lease"));
            Server survivor = ChaosServers.other(victim);
            List<String> victimLeases = leasesOf(db, victim);
            long closedAtKill = ledger.count(Kind.CLOSED);
            long killedAt = System.nanoTime();
            servers.kill(victim);
            Eventually.await(LEASE_FAILOVER_LIMIT, () -> leasesOf(db, survivor), held -> held.containsAll(victimLeases),
                    survivor.node() + " to hold the leases " + victimLeases + " of the killed " + victim.node());
            long failoverMs = (System.nanoTime() - killedAt) / 1_000_000;
            System.out.println("chaos: killed " + victim.name() + " (kill -9) after " + closedAtKill
                    + " closes; " + survivor.node() + " held its leases " + victimLeases + " after " + failoverMs + " ms");

            Duration restart = servers.start(victim);
            int servedAtRestart = served.get(victim).get();
            Eventually.await(Duration.ofSeconds(60), () -> alive(work, served.get(victim).get() - servedAtRestart),
                    n -> n >= SERVED_AFTER_RESTART, "the restarted " + victim.name() + " to serve its clients again");
            submitting.set(false);
            for (Future<?> f : work.subList(executors.size(), work.size())) {
                f.get(120, TimeUnit.SECONDS); // the submitters: each stops after its current submit
            }
            String colonyId = colony.id();
            Eventually.await(Duration.ofSeconds(60), () -> alive(work, unfinished(db, colonyId)), n -> n == 0,
                    "every submitted process to end");
            executing.set(false);
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            long runMs = (System.nanoTime() - t0) / 1_000_000;

            Map<String, Row> rows = rowsByKey(db, colonyId);
            int requeues = rows.values().stream().mapToInt(Row::retries).sum();
            System.out.println("chaos: " + rows.size() + " processes in " + runMs + " ms; lease fail-over "
                    + failoverMs + " ms; " + victim.name() + " restarted in " + restart.toMillis() + " ms; "
                    + requeues + " re-queues after the " + MAX_EXEC_SECONDS + " s exec limit; "
                    + ledger.count(Kind.REFUSED) + " stale closes refused; " + tally.retries.get()
                    + " client retries on the other replica " + tally.failures + "; longest pause between closes "
                    + longestPauseMs() + " ms; replies served " + served);

            assertEquals(List.of(), unexpected, "unexpected replies");
            assertEquals(List.of(), tally.serverErrors, "5xx replies other than 503");
            assertTrue(rows.size() > CLOSED_BEFORE_KILL, "only " + rows.size() + " processes ran");
            // None lost and none doubled: every key acknowledged to a submitter is one process, the same every time.
            assertEquals(submittedKeys.keySet(), rows.keySet(), "processes by idempotency key");
            List<String> doubled = new ArrayList<>();
            submittedKeys.forEach((key, ids) -> {
                if (ids.size() != 1 || !ids.contains(rows.get(key).processId())) {
                    doubled.add(key + " -> " + ids + ", stored " + rows.get(key).processId());
                }
            });
            assertEquals(List.of(), doubled, "idempotency keys answered with different processes");
            assertEquals(rows.size(), count(db, "SELECT count(*) FROM processes WHERE colony_id = ?", colonyId),
                    "processes without an idempotency key were created");
            Map<String, Row> byProcess = new HashMap<>();
            rows.values().forEach(r -> byProcess.put(r.processId(), r));
            assertEquals(List.of(), ledger.violations(byProcess, ProcessState.SUCCESS), "processes held twice or not ended");
        }
    }

    /** Assign, close, repeat; every request fails over. A refused close means the process was re-queued. */
    private Void execute(TestExecutor executor, FailoverRpc rpc) {
        while (executing.get()) {
            AssignProcess assign = new AssignProcess();
            assign.colonyid = executor.colony().id();
            assign.timeout = ASSIGN_POLL_SECONDS;
            long sent = System.nanoTime();
            Answer answer = rpc.send(assign, executor.key(), Duration.ofSeconds(ASSIGN_POLL_SECONDS + 30));
            long received = System.nanoTime();
            if (!answer.reply().ok()) {
                if (answer.reply().status() != 404) {
                    unexpected.add("assign: " + answer.reply());
                }
                continue; // the poll found nothing
            }
            served.get(answer.replica()).incrementAndGet();
            Process p = answer.reply().as(Process.class);
            ledger.record(p.processid, new Event(Kind.ASSIGNED, executor.id(), sent, received, answer.replica().node()));

            CloseSuccessful close = new CloseSuccessful();
            close.processid = p.processid;
            close.out = new ArrayList<>(List.of(executor.id()));
            sent = System.nanoTime();
            answer = rpc.send(close, executor.key(), Duration.ofSeconds(30));
            received = System.nanoTime();
            Reply reply = answer.reply();
            if (reply.ok()) {
                served.get(answer.replica()).incrementAndGet();
                ledger.record(p.processid, new Event(Kind.CLOSED, executor.id(), sent, received, answer.replica().node()));
            } else if (reply.status() == 403) {
                // Another executor holds it now: it outlived its exec limit and was re-queued.
                ledger.record(p.processid, new Event(Kind.REFUSED, executor.id(), sent, received, reply.failure().message));
            } else {
                unexpected.add("close " + p.processid + ": " + reply);
            }
        }
        return null;
    }

    /** Submits with a fresh idempotency key each time; a failed attempt is resent with the same key. */
    private Void submit(TestExecutor submitter, FailoverRpc rpc, String prefix) throws InterruptedException {
        for (int i = 0; i < MAX_PER_SUBMITTER && submitting.get(); i++) {
            SubmitFunctionSpec submit = new SubmitFunctionSpec();
            FunctionSpec spec = aSpec().inColony(submitter.colony().id()).ofType(TYPE).func("echo", i)
                    .maxExecTime(MAX_EXEC_SECONDS).maxRetries(MAX_RETRIES).build();
            submit.spec = spec;
            submit.idempotencykey = prefix + i;
            Answer answer = rpc.send(submit, submitter.key(), Duration.ofSeconds(30));
            if (!answer.reply().ok()) {
                unexpected.add("submit " + submit.idempotencykey + ": " + answer.reply());
                continue;
            }
            served.get(answer.replica()).incrementAndGet();
            submittedKeys.computeIfAbsent(submit.idempotencykey, k -> ConcurrentHashMap.newKeySet())
                    .add(answer.reply().as(Process.class).processid);
            Thread.sleep(SUBMIT_PACING_MS); // load pacing: the run must outlast the restart
        }
        return null;
    }

    /** Passes {@code value} through, unless a client thread has died: then its failure ends the test at once. */
    private static <T> T alive(List<Future<?>> work, T value) {
        for (Future<?> f : work) {
            if (f.isDone() && !f.isCancelled()) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError("a client thread failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        return value;
    }

    private long longestPauseMs() {
        List<Long> times = ledger.closeTimes();
        long longest = 0;
        for (int i = 1; i < times.size(); i++) {
            longest = Math.max(longest, times.get(i) - times.get(i - 1));
        }
        return longest / 1_000_000;
    }

    private static String holder(Connection db, String lease) {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT owner FROM leases WHERE name = ? AND expires_at >= clock_timestamp()")) {
            s.setString(1, lease);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> leasesOf(Connection db, Server server) {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT name FROM leases WHERE owner = ? AND expires_at >= clock_timestamp() ORDER BY name")) {
            s.setString(1, server.node());
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Submitted processes of the colony not yet ended, plus keys acknowledged but not (yet) visible. */
    private long unfinished(Connection db, String colonyId) {
        long ended = count(db, "SELECT count(*) FROM processes WHERE colony_id = ? AND state IN ("
                + ProcessState.SUCCESS + ", " + ProcessState.FAILED + ")", colonyId);
        return submittedKeys.size() - ended;
    }

    private static long count(Connection db, String sql, String colonyId) {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, colonyId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Row> rowsByKey(Connection db, String colonyId) throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT idempotency_key, process_id, state,"
                + " assigned_executor_id, retries FROM processes WHERE colony_id = ? AND idempotency_key IS NOT NULL")) {
            s.setString(1, colonyId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new Row(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5)));
                }
            }
        }
        return rows;
    }
}
