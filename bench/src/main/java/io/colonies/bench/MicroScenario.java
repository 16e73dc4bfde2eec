package io.colonies.bench;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.ProcessMessages.AssignProcess;
import io.colonies.model.rpc.RpcRequest;
import io.colonies.model.security.PrivateKey;
import io.colonies.model.security.SignatureVerifier;
import io.colonies.model.security.Signer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * In-process cost of the per-request work the server does with shared-model code: signature
 * recovery, envelope and payload JSON binding, Process → JSON for replies, and spec JSON → objects
 * when mapping rows. Same library versions as the server; single thread, after a warm-up of the same
 * length, so the figures are CPU µs per operation on this machine.
 */
final class MicroScenario implements Scenario {
    @Override
    public String name() {
        return "micro";
    }

    @Override
    public void run(Context ctx) {
        int iterations = ctx.options().integer("micro-iterations");
        PrivateKey key = PrivateKey.generate();
        AssignProcess assign = new AssignProcess();
        assign.colonyid = key.id();
        assign.timeout = -1;
        RpcRequest envelope = Envelopes.signed(assign, key);
        String body = RpcClient.envelopeJson(envelope);
        Process process = sampleProcess(key.id());
        String specJson = WireJson.toJson(process.spec);
        String processJson = WireJson.toJson(process);
        // A sink the JIT cannot prove unused.
        long[] sink = new long[1];

        double sign = micros(iterations, i -> sink[0] += Signer.sign(envelope.payload + i, key).length());
        double recover = micros(iterations, i -> sink[0] += SignatureVerifier.recoverId(envelope.payload,
                envelope.signature).length());
        double envelopeParse = micros(iterations, i -> sink[0] += WireJson.fromJson(body, RpcRequest.class)
                .payload.length());
        double payloadParse = micros(iterations, i -> sink[0] += WireJson.fromJson(
                WireJson.decodeBase64(envelope.payload), AssignProcess.class).timeout);
        double replyBuild = micros(iterations, i -> sink[0] += Envelopes.success("assignprocessmsg",
                WireJson.toJson(process)).payload.length());
        double specParse = micros(iterations, i -> sink[0] += WireJson.fromJson(specJson, FunctionSpec.class)
                .funcname.length());
        double processParse = micros(iterations, i -> sink[0] += WireJson.fromJson(processJson, Process.class)
                .processid.length());
        ctx.emit(new JsonLine("micro")
                .put("iterations", iterations)
                .put("sign_us", sign)
                .put("recover_verify_us", recover)
                .put("envelope_parse_us", envelopeParse)
                .put("payload_decode_bind_us", payloadParse)
                .put("process_reply_json_us", replyBuild)
                .put("spec_row_parse_us", specParse)
                .put("process_json_parse_us", processParse)
                .put("process_json_bytes", processJson.length())
                .put("sink", sink[0] % 10));
    }

    /** Mean µs per call of {@code op}, measured after an unmeasured warm-up of the same length. */
    private static double micros(int iterations, IntConsumer op) {
        for (int i = 0; i < iterations; i++) {
            op.accept(i);
        }
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            op.accept(i);
        }
        return (System.nanoTime() - start) / 1e3 / iterations;
    }

    /** A process shaped like an assign reply of the drain scenario. */
    private static Process sampleProcess(String colonyId) {
        Process p = new Process();
        p.processid = io.colonies.model.security.Hashes.randomId();
        p.assignedexecutorid = colonyId;
        p.isassigned = true;
        p.state = 1;
        p.prioritytime = System.currentTimeMillis() * 1_000_000L;
        p.submissiontime = Instant.now();
        p.starttime = Instant.now();
        FunctionSpec spec = new FunctionSpec();
        spec.funcname = "echo";
        spec.args = new ArrayList<>(List.of("bench"));
        spec.maxwaittime = -1;
        spec.maxexectime = -1;
        spec.conditions.colonyid = colonyId;
        spec.conditions.executortype = "worker";
        p.spec = spec;
        return p;
    }
}
