package io.colonies.bench;

import io.colonies.bench.report.PgLimits;
import io.colonies.bench.report.RowSpec;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario 4: submitters and long-polling executors running together for a fixed time. Submitters
 * are closed-loop with a bounded backlog (at most {@code --steady-backlog} processes submitted but
 * not yet closed): unbounded submitters would just grow the queue, and the end-to-end latency would
 * then measure queue length rather than the server. Only the window after the warm-up is counted.
 * {@code --steady-backlog 0} removes the bound (open loop): then {@code backlog_growth_per_s} says
 * whether the executors keep up with the submitters. With a bound, a backlog that sits at the cap
 * means the same thing: the submitters are waiting for the executors.
 */
final class SteadyScenario implements Scenario {
    /** Short long-polls so executors notice the end of the run within a second. */
    private static final int POLL_SECONDS = 1;

    @Override
    public String name() {
        return "steady";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(RowSpec.of("steady", "steady, {executors} executors + {submitters} submitters")
                .rate("completed_per_s").latency("e2e_p50_ms", "e2e_p99_ms").comparedWith(PgLimits.CYCLE)
                .note("steady: p50/p99 run from submit sent to close acknowledged; submitted {submitted_per_s}/s, "
                        + "completed {completed_per_s}/s; backlog {backlog_start} at the window's start → "
                        + "{backlog_end} at its end (cap {backlog_cap}, 0 = none; growth {backlog_growth_per_s}/s)"));
    }

    @Override
    public void run(Context ctx) {
        int seconds = ctx.options().integer("steady-seconds");
        int warmup = ctx.options().integer("steady-warmup");
        int executorCount = ctx.options().integer("steady-executors");
        int submitterCount = ctx.options().integer("steady-submitters");
        int backlogCap = ctx.options().integer("steady-backlog");
        Semaphore backlog = new Semaphore(backlogCap > 0 ? backlogCap : Integer.MAX_VALUE);
        try (BenchColony colony = ctx.newColony("steady")) {
            List<BenchExecutor> submitters = colony.executors("submitter", submitterCount);
            List<BenchExecutor> workers = colony.executors("worker", executorCount);
            long windowStart = System.nanoTime() + warmup * 1_000_000_000L;
            long windowEnd = windowStart + seconds * 1_000_000_000L;
            EndToEnd endToEnd = new EndToEnd(windowStart, windowEnd);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong completedInWindow = new AtomicLong();
            AtomicLong completedTotal = new AtomicLong();
            AtomicLong submittedTotal = new AtomicLong();
            long[] backlogAt = new long[2]; // outstanding processes at window start and end
            AtomicLong submittedInWindow = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            Log.info("steady: " + submitterCount + " submitters, " + executorCount + " executors, "
                    + warmup + " s warm-up + " + seconds + " s");
            Context.Measurement cpu = ctx.measure();
            Thread timer = new Thread(() -> {
                Workers.sleep(Math.max(0, (windowStart - System.nanoTime()) / 1_000_000));
                backlogAt[0] = submittedTotal.get() - completedTotal.get();
                Workers.sleep(Math.max(0, (windowEnd - System.nanoTime()) / 1_000_000));
                backlogAt[1] = submittedTotal.get() - completedTotal.get();
                stop.set(true);
            }, "steady-timer");
            timer.start();
            Workers.run("steady", submitterCount + executorCount, i -> {
                if (i < submitterCount) {
                    submitLoop(submitters.get(i), backlog, stop, endToEnd, submittedInWindow, submittedTotal,
                            failures, windowStart, windowEnd);
                } else {
                    workLoop(workers.get(i - submitterCount), backlog, stop, endToEnd, completedInWindow,
                            completedTotal, failures, windowStart, windowEnd);
                }
            });
            joinTimer(timer);
            Latencies e2e = endToEnd.latencies();
            ctx.emit(cpu.finish(new JsonLine("steady")
                    .put("executors", executorCount)
                    .put("submitters", submitterCount)
                    .put("seconds", seconds)
                    .put("submitted_per_s", submittedInWindow.get() / (double) seconds)
                    .put("completed_per_s", completedInWindow.get() / (double) seconds)
                    .put("e2e_samples", e2e.count())
                    .put("e2e_p50_ms", e2e.p50())
                    .put("e2e_p99_ms", e2e.p99())
                    .put("backlog_cap", backlogCap)
                    .put("backlog_start", backlogAt[0])
                    .put("backlog_end", backlogAt[1])
                    .put("backlog_growth_per_s", (backlogAt[1] - backlogAt[0]) / (double) seconds)
                    .put("failures", failures.get()), completedTotal.get()));
        }
    }

    private static void submitLoop(BenchExecutor submitter, Semaphore backlog, AtomicBoolean stop,
                                   EndToEnd endToEnd, AtomicLong submitted, AtomicLong submittedTotal,
                                   AtomicLong failures, long windowStart, long windowEnd) {
        while (!stop.get()) {
            if (!tryAcquire(backlog)) {
                continue;
            }
            RpcResponse reply = submitter.submit("worker");
            if (!reply.ok()) {
                backlog.release();
                failures.incrementAndGet();
                Log.info("submit failed: " + reply.describe());
                continue;
            }
            submittedTotal.incrementAndGet();
            if (reply.sentNanos() >= windowStart && reply.receivedNanos() <= windowEnd) {
                submitted.incrementAndGet();
            }
            endToEnd.submitted(JsonFields.processId(reply), reply.sentNanos());
        }
    }

    private static void workLoop(BenchExecutor worker, Semaphore backlog, AtomicBoolean stop, EndToEnd endToEnd,
                                 AtomicLong completed, AtomicLong completedTotal, AtomicLong failures,
                                 long windowStart, long windowEnd) {
        while (!stop.get()) {
            RpcResponse assign = worker.assign(POLL_SECONDS);
            if (!assign.ok()) {
                if (assign.status() != 404) {
                    failures.incrementAndGet();
                    Log.info("assign failed: " + assign.describe());
                }
                continue;
            }
            String processId = JsonFields.processId(assign);
            RpcResponse close = worker.close(processId);
            backlog.release();
            if (!close.ok()) {
                failures.incrementAndGet();
                Log.info("close failed: " + close.describe());
                continue;
            }
            completedTotal.incrementAndGet();
            long ack = close.receivedNanos();
            if (ack >= windowStart && ack <= windowEnd) {
                completed.incrementAndGet();
            }
            endToEnd.closed(processId, ack);
        }
    }

    private static void joinTimer(Thread timer) {
        try {
            timer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static boolean tryAcquire(Semaphore backlog) {
        try {
            return backlog.tryAcquire(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
