package io.colonies.bench;

import io.colonies.bench.report.RowSpec;
import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.rpc.WorkflowMessages.SubmitWorkflowSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Issue 4's workflow figure: the paper's 4-node diamond (gen → two squares → sum) on executors that
 * close at once. Latency = the last node's close acknowledged − the workflow submit sent, one
 * workflow at a time, so it measures how fast readiness travels through the graph.
 */
final class DiamondScenario implements Scenario {
    private static final int NODES = 4;

    @Override
    public String name() {
        return "diamond";
    }

    @Override
    public List<RowSpec> rows() {
        return List.of(RowSpec.of("diamond", "4-node diamond, submit → last close").latency("p50_ms", "p99_ms")
                .note("diamond: {workflows} workflows one at a time; CPU is per node (4 processes each)"));
    }

    @Override
    public void run(Context ctx) throws Exception {
        int samples = ctx.options().integer("diamond-samples");
        int warmup = ctx.options().integer("diamond-warmup");
        Deadline deadline = ctx.deadline();
        AtomicBoolean running = new AtomicBoolean(true);
        BlockingQueue<Long> finished = new LinkedBlockingQueue<>();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try (BenchColony colony = ctx.newColony("diamond")) {
            BenchExecutor submitter = colony.executor("submitter");
            workers.submit(() -> work(colony.executor("edge"), running, null));
            workers.submit(() -> work(colony.executor("cloud"), running, null));
            workers.submit(() -> work(colony.executor("cloud"), running, null));
            workers.submit(() -> work(colony.executor("browser"), running, finished));
            Latencies latencies = new Latencies();
            Context.Measurement cpu = null;
            Log.info("diamond: " + samples + " workflows (+" + warmup + " warm-up)");
            for (int i = 0; i < warmup + samples; i++) {
                deadline.check("diamond");
                if (i == warmup) {
                    // CPU is billed from the first measured workflow on, like the latencies.
                    cpu = ctx.measure();
                }
                RpcResponse submit = BenchColony.expectOk(submitter.colony().rpc().send(diamond(colony), submitter.key()),
                        "submit workflow");
                Long done = finished.poll(30, TimeUnit.SECONDS);
                if (done == null) {
                    throw new IllegalStateException("a diamond did not finish within 30 s");
                }
                if (i >= warmup) {
                    latencies.add(done - submit.sentNanos());
                }
            }
            if (cpu == null) {
                cpu = ctx.measure();
            }
            // Every node of a finished workflow has been closed: the sum closes last.
            ctx.emit(cpu.finish(new JsonLine("diamond")
                    .put("workflows", latencies.count())
                    .put("p50_ms", latencies.p50())
                    .put("p99_ms", latencies.p99()), (long) NODES * latencies.count()));
        } finally {
            running.set(false);
            workers.shutdown();
            workers.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    /** Long-polls and closes at once; the sum's executor reports when each close was acknowledged. */
    private static void work(BenchExecutor executor, AtomicBoolean running, BlockingQueue<Long> finished) {
        while (running.get()) {
            RpcResponse assigned = executor.assign(2);
            if (!assigned.ok()) {
                continue;
            }
            RpcResponse closed = executor.close(JsonFields.processId(assigned));
            if (finished != null && closed.ok()) {
                finished.add(closed.receivedNanos());
            }
        }
    }

    private static SubmitWorkflowSpec diamond(BenchColony colony) {
        SubmitWorkflowSpec submit = new SubmitWorkflowSpec();
        submit.spec = new WorkflowSpec();
        submit.spec.colonyid = colony.id();
        submit.spec.functionspecs = List.of(node("gen", "edge"), node("square0", "cloud", "gen"),
                node("square1", "cloud", "gen"), node("sum", "browser", "square0", "square1"));
        return submit;
    }

    private static FunctionSpec node(String name, String type, String... dependencies) {
        FunctionSpec spec = new FunctionSpec();
        spec.nodename = name;
        spec.funcname = name;
        spec.maxexectime = -1;
        spec.maxwaittime = -1;
        spec.conditions.executortype = type;
        spec.conditions.dependencies = new ArrayList<>(List.of(dependencies));
        return spec;
    }
}
