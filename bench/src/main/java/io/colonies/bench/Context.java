package io.colonies.bench;

import io.colonies.model.security.PrivateKey;
import java.io.PrintStream;

/** What every scenario gets: the client, the server owner key, the flags, and where results go. */
record Context(RpcClient rpc, PrivateKey serverKey, Options options, PrintStream out) {

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
}
