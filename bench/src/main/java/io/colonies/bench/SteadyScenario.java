package io.colonies.bench;

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
 */
final class SteadyScenario implements Scenario {
    /** Short long-polls so executors notice the end of the run within a second. */
    private static final int POLL_SECONDS = 1;

    @Override
    public String name() {
        return "steady";
    }

    @Override
    public void run(Context ctx) {
        int seconds = ctx.options().integer("steady-seconds");
        int warmup = ctx.options().integer("steady-warmup");
        int executorCount = ctx.options().integer("steady-executors");
        int submitterCount = ctx.options().integer("steady-submitters");
        Semaphore backlog = new Semaphore(ctx.options().integer("steady-backlog"));
        try (BenchColony colony = ctx.newColony("steady")) {
            List<BenchExecutor> submitters = colony.executors("submitter", submitterCount);
            List<BenchExecutor> workers = colony.executors("worker", executorCount);
            long windowStart = System.nanoTime() + warmup * 1_000_000_000L;
            long windowEnd = windowStart + seconds * 1_000_000_000L;
            EndToEnd endToEnd = new EndToEnd(windowStart, windowEnd);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong completedInWindow = new AtomicLong();
            AtomicLong submittedInWindow = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            Log.info("steady: " + submitterCount + " submitters, " + executorCount + " executors, "
                    + warmup + " s warm-up + " + seconds + " s");
            Context.Measurement cpu = ctx.measure();
            Thread timer = new Thread(() -> {
                Workers.sleep(Math.max(0, (windowEnd - System.nanoTime()) / 1_000_000));
                stop.set(true);
            }, "steady-timer");
            timer.start();
            Workers.run("steady", submitterCount + executorCount, i -> {
                if (i < submitterCount) {
                    submitLoop(submitters.get(i), backlog, stop, endToEnd, submittedInWindow, failures,
                            windowStart, windowEnd);
                } else {
                    workLoop(workers.get(i - submitterCount), backlog, stop, endToEnd, completedInWindow,
                            failures, windowStart, windowEnd);
                }
            });
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
                    .put("failures", failures.get())));
        }
    }

    private static void submitLoop(BenchExecutor submitter, Semaphore backlog, AtomicBoolean stop,
                                   EndToEnd endToEnd, AtomicLong submitted, AtomicLong failures,
                                   long windowStart, long windowEnd) {
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
            if (reply.sentNanos() >= windowStart && reply.receivedNanos() <= windowEnd) {
                submitted.incrementAndGet();
            }
            endToEnd.submitted(JsonFields.processId(reply), reply.sentNanos());
        }
    }

    private static void workLoop(BenchExecutor worker, Semaphore backlog, AtomicBoolean stop, EndToEnd endToEnd,
                                 AtomicLong completed, AtomicLong failures, long windowStart, long windowEnd) {
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
            long ack = close.receivedNanos();
            if (ack >= windowStart && ack <= windowEnd) {
                completed.incrementAndGet();
            }
            endToEnd.closed(processId, ack);
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
