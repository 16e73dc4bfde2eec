package io.colonies.bench;

import io.colonies.bench.report.PgLimits;
import io.colonies.bench.report.RowSpec;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario 2: how fast executors empty a queue of {@code count} pre-submitted processes, for each
 * executor count in {@code --drain-executors}. Each executor thread loops assign → closesuccessful.
 * The clock stops when the last close is acknowledged, so executors still parked in a long-poll at
 * the end do not count.
 */
final class DrainScenario implements Scenario {
    private static final int MAX_FAILURES = 100;

    @Override
    public String name() {
        return "drain";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(RowSpec.of("drain", "drain of {count}, {executors} executors").rate("completed_per_s")
                .latency("cycle_p50_ms", "cycle_p99_ms").comparedWith(PgLimits.DRAIN)
                .note("drain, {executors} executors: p50/p99 are one assign → close cycle; assign alone "
                        + "p50 {assign_p50_ms} ms, close alone p50 {close_p50_ms} ms"));
    }

    @Override
    public void run(Context ctx) {
        for (int executors : ctx.options().integers("drain-executors")) {
            runOnce(ctx, executors);
        }
    }

    private void runOnce(Context ctx, int executorCount) {
        int count = ctx.options().integer("drain-count");
        int timeout = ctx.options().integer("drain-timeout");
        Deadline deadline = ctx.deadline();
        try (BenchColony colony = ctx.newColony("drain")) {
            Submissions.preSubmit(colony, "drain", count, deadline);
            List<BenchExecutor> workers = colony.executors("worker", executorCount);
            Log.info("drain: " + executorCount + " executors, assign timeout " + timeout);

            Latencies assigns = new Latencies();
            Latencies closes = new Latencies();
            Latencies cycles = new Latencies();
            AtomicInteger claimed = new AtomicInteger();
            AtomicInteger completed = new AtomicInteger();
            AtomicLong empty = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            AtomicLong lastClose = new AtomicLong();
            Context.Measurement cpu = ctx.measure();
            long start = System.nanoTime();
            Workers.run("drain", executorCount, i -> {
                BenchExecutor worker = workers.get(i);
                while (completed.get() < count) {
                    deadline.check("drain");
                    RpcResponse assign = worker.assign(timeout);
                    if (assign.ok()) {
                        claimed.incrementAndGet();
                        assigns.add(assign.nanos());
                        RpcResponse close = worker.close(JsonFields.processId(assign));
                        if (close.ok()) {
                            closes.add(close.nanos());
                            cycles.add(close.receivedNanos() - assign.sentNanos());
                            if (completed.incrementAndGet() == count) {
                                lastClose.set(close.receivedNanos());
                            }
                        } else {
                            fail(failures, "close", close);
                        }
                    } else if (assign.status() == 404) {
                        // Nothing claimable: either all rows are taken (done) or the rest are locked
                        // by other claimers for a moment (SKIP LOCKED), so look again shortly.
                        empty.incrementAndGet();
                        if (claimed.get() >= count) {
                            return;
                        }
                        Workers.sleep(1);
                    } else {
                        fail(failures, "assign", assign);
                    }
                }
            });
            long end = lastClose.get() != 0 ? lastClose.get() : System.nanoTime();
            ctx.emit(cpu.finish(new JsonLine("drain")
                    .put("executors", executorCount)
                    .put("count", completed.get())
                    .put("completed_per_s", completed.get() / ((end - start) / 1e9))
                    .put("assign_p50_ms", assigns.p50())
                    .put("assign_p99_ms", assigns.p99())
                    .put("close_p50_ms", closes.p50())
                    .put("close_p99_ms", closes.p99())
                    .put("cycle_p50_ms", cycles.p50())
                    .put("cycle_p99_ms", cycles.p99())
                    .put("empty_polls", empty.get())
                    .put("failures", failures.get()), completed.get()));
        }
    }

    private static void fail(AtomicLong failures, String what, RpcResponse reply) {
        Log.info(what + " failed: " + reply.describe());
        if (failures.incrementAndGet() > MAX_FAILURES) {
            throw new IllegalStateException("too many failures in drain, last: " + reply.describe());
        }
    }
}
