package io.colonies.bench;

import io.colonies.bench.report.PgLimits;
import io.colonies.bench.report.RowSpec;
import java.util.List;

/**
 * Scenario 1: submit throughput. {@code clients} threads, each its own approved executor, submit
 * {@code count} processes as fast as replies come back. Nobody consumes them; the colony is deleted
 * afterwards.
 */
final class SubmitScenario implements Scenario {
    @Override
    public String name() {
        return "submit";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(RowSpec.of("submit", "submit, {clients} clients").rate("per_s").latency("p50_ms", "p99_ms")
                .comparedWith(PgLimits.SUBMIT));
    }

    @Override
    public void run(Context ctx) {
        int count = ctx.options().integer("submit-count");
        int clients = ctx.options().integer("submit-clients");
        try (BenchColony colony = ctx.newColony("submit")) {
            List<BenchExecutor> submitters = colony.executors("submitter", clients);
            // A short unmeasured warm-up so JIT compilation of the client is not billed to the server.
            Submissions.submit(submitters, "worker", Math.min(200, count), new Latencies(), ctx.deadline());
            Latencies latencies = new Latencies();
            Context.Measurement cpu = ctx.measure();
            Log.info("submit: " + count + " processes from " + clients + " clients");
            Submissions.Batch batch = Submissions.submit(submitters, "worker", count, latencies, ctx.deadline());
            ctx.emit(cpu.finish(new JsonLine("submit")
                    .put("clients", clients)
                    .put("count", latencies.count())
                    .put("failures", batch.failures())
                    .put("per_s", latencies.count() / (batch.wallNanos() / 1e9))
                    .put("p50_ms", latencies.p50())
                    .put("p99_ms", latencies.p99())
                    .put("mean_ms", latencies.meanMillis()), latencies.count()));
        }
    }
}
