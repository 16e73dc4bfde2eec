package io.colonies.bench;

/**
 * Scenario 5: does a claim get slower when the queue is long? Two colonies, one with
 * {@code --claim-small} waiting rows and one with {@code --claim-large}, each with one executor doing
 * single-attempt assign + close. The two are measured in alternating blocks rather than one after the
 * other, because on a shared machine the background load changes within seconds and would otherwise
 * decide the ratio. The small queue is topped up after each block so it stays at its nominal length.
 */
final class ClaimLatencyScenario implements Scenario {
    private static final String TYPE = "claimer";
    private static final int BLOCK = 25;

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
        if (small < BLOCK || large < samples + warmup) {
            throw new Options.UsageException("--claim-small must be >= " + BLOCK
                    + " and --claim-large >= --claim-samples + --claim-warmup");
        }
        Deadline deadline = ctx.deadline();
        try (BenchColony smallColony = ctx.newColony("claim-small");
             BenchColony largeColony = ctx.newColony("claim-large");
             QueueFiller filler = new QueueFiller(ctx.options().string("db"), ctx.options().string("db-user"),
                     ctx.options().string("db-password"))) {
            Queue smallQueue = new Queue(smallColony.executor(TYPE), small);
            Queue largeQueue = new Queue(largeColony.executor(TYPE), large);
            try {
                long fillStart = System.nanoTime();
                filler.fill(largeColony.id(), TYPE, 1, large);
                filler.fill(smallColony.id(), TYPE, 1, small);
                filler.analyze();
                Log.info(String.format("claim: filled %d + %d rows in %.1f s", large, small,
                        (System.nanoTime() - fillStart) / 1e9));
                // Warm-up claims on both queues, not recorded.
                smallQueue.claim(warmup, null, deadline);
                largeQueue.claim(warmup, null, deadline);
                Log.info("claim: " + samples + " claims per queue in alternating blocks of " + BLOCK);
                Context.Measurement cpu = ctx.measure();
                Result atSmall = new Result(small);
                Result atLarge = new Result(large);
                boolean smallFirst = true;
                for (int done = 0; done < samples; done += BLOCK) {
                    int n = Math.min(BLOCK, samples - done);
                    topUp(filler, smallColony, smallQueue);
                    // Alternate which queue goes first, so neither always follows the top-up.
                    if (smallFirst) {
                        smallQueue.claim(n, atSmall, deadline);
                        largeQueue.claim(n, atLarge, deadline);
                    } else {
                        largeQueue.claim(n, atLarge, deadline);
                        smallQueue.claim(n, atSmall, deadline);
                    }
                    smallFirst = !smallFirst;
                }
                // Both queues shared the measured period, so their CPU is reported once, on the ratio line.
                ctx.emit(atSmall.line(filler.waiting(smallColony.id())));
                ctx.emit(atLarge.line(filler.waiting(largeColony.id())));
                ctx.emit(cpu.finish(new JsonLine("claim_latency_ratio")
                        .put("small", small)
                        .put("large", large)
                        .put("assign_p50_ratio", atLarge.assigns.p50() / atSmall.assigns.p50())
                        .put("assign_p99_ratio", atLarge.assigns.p99() / atSmall.assigns.p99())
                        .put("cycle_p50_ratio", atLarge.cycles.p50() / atSmall.cycles.p50())
                        .put("cycle_p99_ratio", atLarge.cycles.p99() / atSmall.cycles.p99()),
                        atSmall.assigns.count() + atLarge.assigns.count()));
            } finally {
                filler.deleteColonyRows(largeColony.id());
                filler.deleteColonyRows(smallColony.id());
            }
        }
    }

    /** Refills the small queue to its nominal length with rows queued behind the remaining ones. */
    private static void topUp(QueueFiller filler, BenchColony colony, Queue queue) throws Exception {
        long missing = queue.nominal - filler.waiting(colony.id());
        if (missing > 0) {
            filler.fill(colony.id(), TYPE, queue.nextRow, queue.nextRow + missing - 1);
            queue.nextRow += missing;
        }
    }

    /** One colony's queue and its executor. */
    private static final class Queue {
        final BenchExecutor worker;
        final long nominal;
        long nextRow;

        Queue(BenchExecutor worker, long nominal) {
            this.worker = worker;
            this.nominal = nominal;
            this.nextRow = nominal + 1;
        }

        /** {@code n} assign + close cycles; recorded into {@code result} unless it is null. */
        void claim(int n, Result result, Deadline deadline) {
            for (int i = 0; i < n; i++) {
                deadline.check("claim");
                RpcResponse assign = BenchColony.expectOk(worker.assign(-1), "assign");
                RpcResponse close = BenchColony.expectOk(worker.close(JsonFields.processId(assign)), "close");
                if (result != null) {
                    result.assigns.add(assign.nanos());
                    result.closes.add(close.nanos());
                    result.cycles.add(close.receivedNanos() - assign.sentNanos());
                }
            }
        }
    }

    /** Samples at one queue length. */
    private static final class Result {
        final int nominal;
        final Latencies assigns = new Latencies();
        final Latencies closes = new Latencies();
        final Latencies cycles = new Latencies();

        Result(int nominal) {
            this.nominal = nominal;
        }

        JsonLine line(long waitingAtEnd) {
            return new JsonLine("claim_latency")
                    .put("waiting", nominal)
                    .put("waiting_at_end", waitingAtEnd)
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
