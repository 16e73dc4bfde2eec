package io.colonies.bench;

import io.colonies.bench.cpu.CpuMeter;
import io.colonies.bench.cpu.CpuUsage;
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
        private final CpuUsage before;
        private final long requestsBefore;

        private Measurement(CpuUsage before, long requestsBefore) {
            this.before = before;
            this.requestsBefore = requestsBefore;
        }

        /**
         * Ends the phase and adds CPU fields to {@code line}: milliseconds per RPC
         * ({@code cpu_*_ms_per_req}) and per process completed in the phase
         * ({@code cpu_*_ms_per_process}, the unit of issue 12's targets).
         */
        JsonLine finish(JsonLine line, long processes) {
            CpuUsage used = cpu.snapshot().minus(before);
            long requests = rpc.requests() - requestsBefore;
            line.put("requests", requests).put("processes", processes);
            put(line, "per_req", used, requests);
            put(line, "per_process", used, processes);
            line.put("cpu_pg_cluster_ms_per_process", perUnit(used.pgCluster(), processes));
            return line;
        }

        private static void put(JsonLine line, String unit, CpuUsage used, long count) {
            line.put("cpu_client_ms_" + unit, perUnit(used.client(), count));
            line.put("cpu_server_ms_" + unit, perUnit(used.server(), count));
            line.put("cpu_db_ms_" + unit, perUnit(used.database(), count));
            line.put("cpu_machine_ms_" + unit, perUnit(used.machine(), count));
            line.put("cpu_other_ms_" + unit, perUnit(used.other(), count));
        }

        private static double perUnit(double seconds, long count) {
            return count > 0 ? seconds * 1e3 / count : Double.NaN;
        }
    }
}
