package io.colonies.bench;

import io.colonies.bench.cpu.CpuMeter;
import io.colonies.model.rpc.ServerMessages.Version;
import io.colonies.model.security.PrivateKey;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the benchmark harness. Runs the selected scenarios in order against a running
 * server and prints one JSON line per result to stdout (progress to stderr), so results can be piped
 * straight into a file or {@code jq}. See docs/performance.md for how the figures are used.
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (Options.UsageException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    static int run(String[] args) {
        Options options = Options.parse(args);
        Map<String, Scenario> known = Scenarios.byName();
        List<String> selected = Scenarios.select(options.list("scenarios"));
        RpcClient rpc = new RpcClient(options.string("url"));
        String db = options.string("db");
        RpcClient.requireLoopback(URI.create(db.substring("jdbc:".length())).getHost());
        int failed = 0;
        try (CpuMeter cpu = CpuMeter.start(options.integer("server-pid"), db, databaseName(db),
                options.string("db-user"), options.string("db-password"))) {
            Context context = new Context(rpc, PrivateKey.fromHex(options.string("server-key")), options,
                    System.out, cpu);
            if (!selected.equals(List.of("micro"))) {
                // micro is in-process only; everything else needs the server.
                ping(rpc, options.string("url"));
            }
            DbMaintenance maintenance = DbMaintenance.start(options);
            for (int round = 1; round <= options.integer("repeat"); round++) {
                for (String name : selected) {
                    Log.info("=== " + name + " (round " + round + ")");
                    try {
                        known.get(name).run(context);
                    } catch (Scenario.Skipped e) {
                        Log.info("scenario " + name + " skipped: " + e.getMessage());
                        context.emit(new JsonLine("skipped").put("of", name).put("message", e.getMessage()));
                    } catch (Exception e) {
                        // One broken scenario should not hide the others' figures.
                        failed++;
                        Log.info("scenario " + name + " failed: " + e);
                        context.emit(new JsonLine("error").put("of", name).put("message", String.valueOf(e)));
                    }
                }
            }
            maintenance.close();
        }
        if (rpc.ioRetries() > 0) {
            Log.info("connection-level retries: " + rpc.ioRetries());
        }
        return failed == 0 ? 0 : 1;
    }

    /** "jdbc:postgresql://host:port/name?x=y" → "name"; used to find that database's backends. */
    static String databaseName(String jdbcUrl) {
        String path = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query >= 0 ? path.substring(0, query) : path;
    }

    /** Fails fast with a clear message when nothing listens at --url. */
    private static void ping(RpcClient rpc, String url) {
        RpcResponse reply;
        try {
            reply = rpc.send(new Version(), null);
        } catch (RuntimeException e) {
            throw new Options.UsageException("no Colonies server reachable at " + url + ": " + e);
        }
        if (!reply.ok()) {
            throw new Options.UsageException("versionmsg failed at " + url + ": " + reply.describe());
        }
        Log.info("server at " + url + ": " + reply.payloadJson());
    }
}
