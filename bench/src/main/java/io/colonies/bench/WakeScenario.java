package io.colonies.bench;

import io.colonies.bench.report.RowSpec;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 3: how quickly a long-polling executor learns about new work. The executor long-polls on
 * an empty queue; once the poll has had {@code --wake-delay-ms} to park on the server, one process is
 * submitted. Latency = assign reply received − submit request sent, so it includes the submit's own
 * insert and commit (the event is only delivered after commit), which is what a user experiences.
 */
final class WakeScenario implements Scenario {
    @Override
    public String name() {
        return "wake";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(RowSpec.of("wake", "wake-up of a blocked executor").latency("p50_ms", "p99_ms")
                .note("wake: p50/p99 run from the submit sent to the long-poll's reply; the submit round "
                        + "trip alone p50 {submit_rtt_p50_ms} ms; {missed} polls missed their process"));
    }

    @Override
    public void run(Context ctx) throws Exception {
        int samples = ctx.options().integer("wake-samples");
        int warmup = ctx.options().integer("wake-warmup");
        int delayMillis = ctx.options().integer("wake-delay-ms");
        int timeout = ctx.options().integer("wake-timeout");
        Deadline deadline = ctx.deadline();
        ExecutorService pollThread = Executors.newSingleThreadExecutor();
        try (BenchColony colony = ctx.newColony("wake")) {
            BenchExecutor submitter = colony.executor("submitter");
            BenchExecutor worker = colony.executor("worker");
            Latencies wake = new Latencies();
            Latencies sinceSubmitReply = new Latencies();
            Latencies submitRtt = new Latencies();
            int missed = 0;
            int closed = 0;
            Context.Measurement cpu = null;
            Log.info("wake: " + samples + " samples (+" + warmup + " warm-up), delay " + delayMillis + " ms");
            for (int i = 0; i < warmup + samples; i++) {
                deadline.check("wake");
                if (i == warmup) {
                    // CPU is billed from the first measured sample on, like the latencies.
                    cpu = ctx.measure();
                }
                Future<RpcResponse> poll = pollThread.submit(() -> worker.assign(timeout));
                Workers.sleep(delayMillis);
                RpcResponse submit = BenchColony.expectOk(submitter.submit("worker"), "submit");
                RpcResponse assigned = poll.get(timeout + 30L, TimeUnit.SECONDS);
                if (!assigned.ok()) {
                    // The poll ended without the process (it should not): count it and take the
                    // process away with a single attempt so the next sample starts empty.
                    missed++;
                    RpcResponse retry = worker.assign(-1);
                    if (retry.ok() && worker.close(JsonFields.processId(retry)).ok() && i >= warmup) {
                        closed++;
                    }
                    continue;
                }
                if (i >= warmup) {
                    wake.add(assigned.receivedNanos() - submit.sentNanos());
                    sinceSubmitReply.add(Math.max(0, assigned.receivedNanos() - submit.receivedNanos()));
                    submitRtt.add(submit.nanos());
                }
                BenchColony.expectOk(worker.close(JsonFields.processId(assigned)), "close");
                if (i >= warmup) {
                    closed++;
                }
            }
            if (cpu == null) {
                cpu = ctx.measure();
            }
            ctx.emit(cpu.finish(new JsonLine("wake")
                    .put("samples", wake.count())
                    .put("p50_ms", wake.p50())
                    .put("p99_ms", wake.p99())
                    .put("max_ms", wake.percentileMillis(100))
                    .put("submit_rtt_p50_ms", submitRtt.p50())
                    .put("after_submit_reply_p50_ms", sinceSubmitReply.p50())
                    .put("after_submit_reply_p99_ms", sinceSubmitReply.p99())
                    .put("missed", missed), closed));
        } finally {
            pollThread.shutdownNow();
        }
    }
}
