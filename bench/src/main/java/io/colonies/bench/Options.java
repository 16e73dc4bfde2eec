package io.colonies.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line flags ({@code --name value}). Every flag has a default so that a bare run reproduces
 * the documented figures, and every size can be shrunk for a quick smoke run.
 */
final class Options {
    /** The server's default COLONIES_MAX_CLOSE_BATCH: one batch close must carry a whole assign batch. */
    static final int BATCH_MAX_LIMIT = 256;

    /** Flag name → default value; also the list of accepted flags, so typos fail loudly. */
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();
    /** Flag name → one line of help for {@code -h}, for flags whose name and default do not say enough. */
    private static final Map<String, String> HELP = new LinkedHashMap<>();

    static {
        DEFAULTS.put("url", "http://127.0.0.1:50080");
        // The publicly known development key of the protocol vectors (PROTOCOL §10).
        DEFAULTS.put("server-key", "fcc79953d8a751bf41db661592dc34d30004b1a651ffa0725b03ac227641499d");
        DEFAULTS.put("scenarios", "micro,submit,drain,wake,steady,claim");
        DEFAULTS.put("repeat", "1");
        DEFAULTS.put("submit-count", "5000");
        DEFAULTS.put("submit-clients", "8");
        DEFAULTS.put("drain-count", "5000");
        HELP.put("drain-count", "processes pre-submitted for each drain run");
        DEFAULTS.put("batch-count", "15000");
        HELP.put("batch-count", "processes pre-submitted for each batch run; more than drain's, because a"
                + " batch drains 3,000 in about a second, too short to measure CPU per process against the"
                + " server's background work");
        DEFAULTS.put("drain-executors", "1,8,32");
        HELP.put("drain-executors", "executor threads of drain and batch; one run (and table row) per value");
        DEFAULTS.put("drain-timeout", "-1");
        HELP.put("drain-timeout", "assign long-poll seconds of drain and batch; <= 0 is a single attempt");
        DEFAULTS.put("batch-max", "64");
        HELP.put("batch-max", "batch: processes claimed per batch assign (?max=), 1 to the server's"
                + " COLONIES_MAX_ASSIGN_BATCH (default 64); each batch is closed in one request, so at most "
                + BATCH_MAX_LIMIT);
        DEFAULTS.put("wake-samples", "200");
        DEFAULTS.put("diamond-samples", "100");
        DEFAULTS.put("diamond-warmup", "10");
        DEFAULTS.put("wake-warmup", "10");
        DEFAULTS.put("wake-delay-ms", "50");
        DEFAULTS.put("wake-timeout", "10");
        DEFAULTS.put("steady-seconds", "20");
        DEFAULTS.put("steady-warmup", "3");
        DEFAULTS.put("steady-executors", "16");
        DEFAULTS.put("steady-submitters", "4");
        // Processes submitted but not yet closed; 0 = no bound (open loop: does the backlog grow?).
        DEFAULTS.put("steady-backlog", "64");
        DEFAULTS.put("claim-small", "1000");
        DEFAULTS.put("claim-large", "1000000");
        DEFAULTS.put("claim-samples", "500");
        DEFAULTS.put("claim-warmup", "20");
        DEFAULTS.put("db", "jdbc:postgresql://127.0.0.1:5432/colonies_bench");
        DEFAULTS.put("db-user", "postgres");
        DEFAULTS.put("db-password", "");
        DEFAULTS.put("micro-iterations", "3000");
        // Seconds between VACUUM (ANALYZE) runs while scenarios run; 0 = leave the table alone.
        DEFAULTS.put("db-maintenance", "0");
        // Optional: the server JVM's pid, so results include its CPU time per request (Linux /proc).
        DEFAULTS.put("server-pid", "0");
        // Hard cap per scenario so a stuck server cannot keep the harness (and the machine) busy.
        DEFAULTS.put("max-seconds", "600");
    }

    private final Map<String, String> values = new LinkedHashMap<>(DEFAULTS);

    private Options() {
    }

    static Options parse(String[] args) {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                throw new UsageException(usage());
            }
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'\n" + usage());
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("flag --" + name + " needs a value");
            }
            if (!DEFAULTS.containsKey(name)) {
                throw new UsageException("unknown flag --" + name + "\n" + usage());
            }
            options.values.put(name, value);
        }
        return options;
    }

    String string(String name) {
        return values.get(name);
    }

    int integer(String name) {
        try {
            return Integer.parseInt(values.get(name).trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be an integer, got '" + values.get(name) + "'");
        }
    }

    /** An integer flag that must lie in {@code [min, max]}. */
    int integer(String name, int min, int max) {
        int value = integer(name);
        if (value < min || value > max) {
            throw new UsageException("--" + name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    List<Integer> integers(String name) {
        List<Integer> list = new ArrayList<>();
        for (String part : list(name)) {
            try {
                list.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be a comma-separated list of integers");
            }
        }
        return list;
    }

    List<String> list(String name) {
        List<String> list = new ArrayList<>();
        for (String part : values.get(name).split(",")) {
            if (!part.isBlank()) {
                list.add(part.trim());
            }
        }
        return list;
    }

    static String usage() {
        StringBuilder text = new StringBuilder("usage: java -jar colonies-bench.jar [--flag value]...\n"
                + "Scenarios: micro (in-process crypto/JSON cost), submit, drain, batch (drain over the REST\n"
                + "  batch path), wake, diamond, steady, claim;\n"
                + "  'table' = every scenario of bench/run's table: " + Scenarios.table() + ".\n"
                + "Flags and defaults:\n");
        DEFAULTS.forEach((name, value) -> {
            text.append("  --").append(name).append(' ').append(name.equals("server-key") ? "<dev key>" : value);
            if (HELP.containsKey(name)) {
                text.append("  (").append(HELP.get(name)).append(')');
            }
            text.append('\n');
        });
        return text.toString();
    }

    /** A bad command line; the message is printed instead of a stack trace. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
