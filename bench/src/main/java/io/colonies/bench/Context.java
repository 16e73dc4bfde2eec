package io.colonies.bench;

import io.colonies.model.security.PrivateKey;
import java.io.PrintStream;

/** What every scenario gets: the client, the server owner key, the flags, and where results go. */
record Context(RpcClient rpc, PrivateKey serverKey, Options options, PrintStream out, CpuMeter cpu) {

    BenchColony newColony(String purpose) {
        return BenchColony.create(rpc, serverKey, purpose);
    }

    Deadline deadline() {
        return new Deadline(options.integer("max-seconds"));
    }

    void emit(JsonLine line) {
        out.println(line);
        out.flush();
    }

    /** Starts CPU accounting for a measured phase (setup before it is not billed to requests). */
    Measurement measure() {
        return new Measurement(cpu.snapshot(), rpc.requests());
    }

    /** CPU and request count at the start of a measured phase. */
    final class Measurement {
        private final CpuMeter.Snapshot before;
        private final long requestsBefore;

        private Measurement(CpuMeter.Snapshot before, long requestsBefore) {
            this.before = before;
            this.requestsBefore = requestsBefore;
        }

        /** Ends the phase and adds the per-request CPU fields to {@code line}. */
        JsonLine finish(JsonLine line) {
            CpuMeter.report(line, before, cpu.snapshot(), rpc.requests() - requestsBefore);
            return line;
        }
    }
}
