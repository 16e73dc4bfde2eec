package io.colonies.bench;

/**
 * Scenario 5: does a claim get slower when the queue is long? One executor claims (single attempt)
 * and closes processes from a queue of {@code --claim-small} waiting rows, then from a queue refilled
 * to {@code --claim-large} rows. The claim should stay an index-head read, so the ratio should be ≈1.
 */
final class ClaimLatencyScenario implements Scenario {
    private static final String TYPE = "claimer";

    @Override
    public String name() {
        return "claim";
    }

    @Override
    public void run(Context ctx) throws Exception {
        int small = ctx.options().integer("claim-small");
        int large = ctx.options().integer("claim-large");
        int samples = ctx.options().integer("claim-samples");
        int warmup = ctx.options().integer("claim-warmup");
        if (small < samples + warmup) {
            throw new Options.UsageException("--claim-small must be at least --claim-samples + --claim-warmup");
        }
        Deadline deadline = ctx.deadline();
        try (BenchColony colony = ctx.newColony("claim");
             QueueFiller filler = new QueueFiller(ctx.options().string("db"), ctx.options().string("db-user"),
                     ctx.options().string("db-password"))) {
            BenchExecutor worker = colony.executor(TYPE);
            try {
                filler.fill(colony.id(), TYPE, 1, small);
                filler.analyze();
                Context.Measurement cpuSmall = ctx.measure();
                Result atSmall = measure(worker, filler, small, warmup, samples, deadline);
                ctx.emit(cpuSmall.finish(atSmall.line()));

                long remaining = filler.waiting(colony.id());
                Log.info("claim: filling the queue to " + large + " rows");
                long fillStart = System.nanoTime();
                filler.fill(colony.id(), TYPE, small + 1, small + (large - remaining));
                filler.analyze();
                Log.info(String.format("claim: filled in %.1f s", (System.nanoTime() - fillStart) / 1e9));
                Context.Measurement cpuLarge = ctx.measure();
                Result atLarge = measure(worker, filler, large, warmup, samples, deadline);
                ctx.emit(cpuLarge.finish(atLarge.line()));

                ctx.emit(new JsonLine("claim_latency_ratio")
                        .put("small", small)
                        .put("large", large)
                        .put("assign_p50_ratio", atLarge.assigns.p50() / atSmall.assigns.p50())
                        .put("assign_p99_ratio", atLarge.assigns.p99() / atSmall.assigns.p99())
                        .put("cycle_p50_ratio", atLarge.cycles.p50() / atSmall.cycles.p50())
                        .put("cycle_p99_ratio", atLarge.cycles.p99() / atSmall.cycles.p99()));
            } finally {
                filler.deleteColonyRows(colony.id());
            }
        }
    }

    private static Result measure(BenchExecutor worker, QueueFiller filler, int nominal, int warmup, int samples,
                                  Deadline deadline) throws Exception {
        long actual = filler.waiting(worker.colony().id());
        Log.info("claim: " + samples + " claims with " + actual + " waiting rows");
        Result result = new Result(nominal, actual);
        for (int i = 0; i < warmup + samples; i++) {
            deadline.check("claim");
            RpcResponse assign = BenchColony.expectOk(worker.assign(-1), "assign");
            RpcResponse close = BenchColony.expectOk(worker.close(JsonFields.processId(assign)), "close");
            if (i >= warmup) {
                result.assigns.add(assign.nanos());
                result.closes.add(close.nanos());
                result.cycles.add(close.receivedNanos() - assign.sentNanos());
            }
        }
        return result;
    }

    /** Samples at one queue length. */
    private static final class Result {
        final int nominal;
        final long actual;
        final Latencies assigns = new Latencies();
        final Latencies closes = new Latencies();
        final Latencies cycles = new Latencies();

        Result(int nominal, long actual) {
            this.nominal = nominal;
            this.actual = actual;
        }

        JsonLine line() {
            return new JsonLine("claim_latency")
                    .put("waiting", nominal)
                    .put("waiting_actual", actual)
                    .put("samples", assigns.count())
                    .put("assign_p50_ms", assigns.p50())
                    .put("assign_p99_ms", assigns.p99())
                    .put("close_p50_ms", closes.p50())
                    .put("close_p99_ms", closes.p99())
                    .put("p50_ms", cycles.p50())
                    .put("p99_ms", cycles.p99());
        }
    }
}
