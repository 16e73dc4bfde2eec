package io.colonies.bench;

import io.colonies.bench.report.PgLimits;
import io.colonies.bench.report.RowSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The drain over the REST batch path (issue 12, target 5; docs/rest.md "Batch path"): the same
 * {@code --batch-count} pre-submitted processes, and each executor thread loops batch assign of up to
 * {@code --batch-max} → one batch close of everything it got. A process then costs a fraction of a
 * request instead of two, which is what the row's ratio to {@code pg_drain} shows. Like drain, the
 * clock stops at the close reply that completes the last process.
 */
final class BatchDrainScenario implements Scenario {
    private static final int MAX_FAILURES = 100;
    private static final Set<String> ASSIGNED_FIELDS = Set.of("processid");
    private static final Set<String> RESULT_FIELDS = Set.of("processid", "status");

    @Override
    public String name() {
        return "batch";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(RowSpec.of("batch", "batch drain of {count}, {executors} executors, max {max}")
                .rate("completed_per_s").latency("cycle_p50_ms", "cycle_p99_ms").comparedWith(PgLimits.DRAIN)
                .note("batch, {executors} executors: p50/p99 are one batch assign → batch close cycle of"
                        + " {mean_batch} processes on average; assign alone p50 {assign_p50_ms} ms, close"
                        + " alone p50 {close_p50_ms} ms; {requests} requests; {duplicates} completed twice,"
                        + " {failures} failures"));
    }

    @Override
    public void run(Context ctx) {
        int max = ctx.options().integer("batch-max", 1, Options.BATCH_MAX_LIMIT);
        for (int executors : ctx.options().integers("drain-executors")) {
            runOnce(ctx, executors, max);
        }
    }

    private void runOnce(Context ctx, int executorCount, int max) {
        int count = ctx.options().integer("batch-count");
        int timeout = ctx.options().integer("drain-timeout");
        Deadline deadline = ctx.deadline();
        try (BenchColony colony = ctx.newColony("batch")) {
            Submissions.preSubmit(colony, "batch", count, deadline);
            List<BenchExecutor> workers = colony.executors("worker", executorCount);
            Log.info("batch: " + executorCount + " executors, batches of up to " + max + ", assign timeout "
                    + timeout);

            Tally tally = new Tally(count);
            Context.Measurement cpu = ctx.measure();
            long start = System.nanoTime();
            Workers.run("batch", executorCount, i -> drain(workers.get(i), timeout, max, tally, deadline));
            long end = tally.lastClose.get() != 0 ? tally.lastClose.get() : System.nanoTime();
            int completed = tally.completed.get();
            ctx.emit(cpu.finish(new JsonLine("batch")
                    .put("executors", executorCount)
                    .put("max", max)
                    .put("count", completed)
                    .put("completed_per_s", completed / ((end - start) / 1e9))
                    .put("assign_p50_ms", tally.assigns.p50())
                    .put("assign_p99_ms", tally.assigns.p99())
                    .put("close_p50_ms", tally.closes.p50())
                    .put("close_p99_ms", tally.closes.p99())
                    .put("cycle_p50_ms", tally.cycles.p50())
                    .put("cycle_p99_ms", tally.cycles.p99())
                    .put("batches", tally.assigns.count())
                    .put("mean_batch", tally.claimed.get() / (double) Math.max(1, tally.assigns.count()))
                    .put("distinct_completed", tally.completedIds.size())
                    .put("duplicates", tally.duplicates.get())
                    .put("duplicate_claims", tally.duplicateClaims.get())
                    .put("empty_polls", tally.empty.get())
                    .put("failures", tally.failures.get()), completed));
        }
    }

    /** One executor's loop until every process is completed or, with the rest claimed elsewhere, none is left. */
    private static void drain(BenchExecutor worker, int timeout, int max, Tally tally, Deadline deadline) {
        while (tally.completed.get() < tally.count) {
            deadline.check("batch");
            RestResponse assign = worker.assignBatch(timeout, max);
            if (assign.status() == 204) {
                // Nothing claimable: all are taken (done) or the rest are locked by other claimers for a
                // moment (SKIP LOCKED), so look again shortly.
                tally.empty.incrementAndGet();
                if (tally.claimed.get() >= tally.count) {
                    return;
                }
                Workers.sleep(1);
                continue;
            }
            if (assign.status() != 200) {
                refuseOldServer(assign);
                tally.fail("batch assign", assign.describe());
                continue;
            }
            List<String> ids = claimedIds(assign);
            tally.claimed(ids);
            tally.assigns.add(assign.nanos());
            RestResponse close = worker.closeBatch(ids);
            if (close.status() != 200) {
                refuseOldServer(close);
                tally.fail("batch close", close.describe());
                continue;
            }
            tally.closes.add(close.nanos());
            tally.cycles.add(close.receivedNanos() - assign.sentNanos());
            for (Map<String, String> result : JsonFields.arrayItems(close.body(), RESULT_FIELDS)) {
                if ("200".equals(result.get("status"))) {
                    tally.completed(result.get("processid"), close.receivedNanos());
                } else {
                    tally.fail("closing " + result.get("processid"), "status " + result.get("status") + " in "
                            + close.body());
                }
            }
        }
    }

    /** A server without the batch path has no such route, or ignores {@code max} and sends one process. */
    private static List<String> claimedIds(RestResponse assign) {
        if (!assign.body().startsWith("[")) {
            throw new Skipped("the server ignores ?max= (no batch assign): " + abbreviated(assign.body()));
        }
        List<String> ids = new ArrayList<>();
        for (Map<String, String> process : JsonFields.arrayItems(assign.body(), ASSIGNED_FIELDS)) {
            ids.add(process.get("processid"));
        }
        if (ids.isEmpty() || ids.contains(null)) {
            throw new IllegalStateException("batch assign sent no process ids: " + abbreviated(assign.body()));
        }
        return ids;
    }

    /**
     * A route the server does not have is 405, or 404 without a domain problem (a missing route's
     * problem is of the "http" domain; an unknown colony's is not).
     */
    private static void refuseOldServer(RestResponse reply) {
        boolean domainProblem = reply.body().contains("colonies.io/problems/")
                && !reply.body().contains("colonies.io/problems/http/");
        if (reply.status() == 405 || reply.status() == 404 && !domainProblem) {
            throw new Skipped("no REST batch endpoints: " + abbreviated(reply.describe()));
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** What all executors of one run share. */
    private static final class Tally {
        final int count;
        final Latencies assigns = new Latencies();
        final Latencies closes = new Latencies();
        final Latencies cycles = new Latencies();
        final AtomicInteger claimed = new AtomicInteger();
        final AtomicInteger completed = new AtomicInteger();
        final AtomicLong empty = new AtomicLong();
        final AtomicLong failures = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong duplicateClaims = new AtomicLong();
        final AtomicLong lastClose = new AtomicLong();
        final Set<String> claimedIds = ConcurrentHashMap.newKeySet();
        final Set<String> completedIds = ConcurrentHashMap.newKeySet();

        Tally(int count) {
            this.count = count;
        }

        void claimed(List<String> ids) {
            claimed.addAndGet(ids.size());
            for (String id : ids) {
                if (!claimedIds.add(id)) {
                    duplicateClaims.incrementAndGet();
                    Log.info("batch: process " + id + " was handed out twice");
                }
            }
        }

        /** Counts a closed process; one closed twice is a server bug, counted apart and not as progress. */
        void completed(String id, long receivedNanos) {
            if (!completedIds.add(id)) {
                duplicates.incrementAndGet();
                Log.info("batch: process " + id + " was completed twice");
                return;
            }
            if (completed.incrementAndGet() == count) {
                lastClose.set(receivedNanos);
            }
        }

        void fail(String what, String reply) {
            Log.info("batch: " + what + " failed: " + abbreviated(reply));
            if (failures.incrementAndGet() > MAX_FAILURES) {
                throw new IllegalStateException("too many failures in batch, last: " + abbreviated(reply));
            }
        }
    }
}
