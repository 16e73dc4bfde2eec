package io.colonies.cli.executor;

import io.colonies.cli.CliContext;
import io.colonies.cli.CliInputException;
import io.colonies.cli.ExitCodes;
import io.colonies.client.builtin.BuiltinFunctions;
import io.colonies.client.builtin.ShellFunction;
import io.colonies.client.executor.ExecutorLoop;
import io.colonies.client.executor.ExecutorSettings;
import io.colonies.client.executor.FunctionTable;
import io.colonies.model.security.PrivateKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The ready-made executor: registers itself with the colony key, then serves the built-in functions
 * until SIGTERM/SIGINT, on which it stops taking work, lets the current process finish (or hands it back
 * after the grace period) and exits with 0.
 */
@Command(name = "run", description = {"Run an executor with the built-in functions:",
        "echo, sleep, fail, gen_nums, square, sum (and shell commands allowed with --allow-shell).",
        "Uses COLONIES_EXECUTOR_PRVKEY if set, else a new key; registers and approves itself with COLONIES_COLONY_PRVKEY."})
class ExecutorRunCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--type", description = "Executor type (default: COLONIES_EXECUTOR_TYPE).")
    private String type;

    @Option(names = "--name", description = "Executor name (default: TYPE-<first 8 characters of the id>).")
    private String name;

    @Option(names = "--allow-shell", paramLabel = "NAME=COMMAND",
            description = "Also serve function NAME by running COMMAND with /bin/sh; process args arrive as $1, $2, ...")
    private Map<String, String> shell = new LinkedHashMap<>();

    @Option(names = "--timeout", defaultValue = "10", description = "Long-poll timeout in seconds (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Option(names = "--grace-period", defaultValue = "10",
            description = "On SIGTERM, seconds to let the current process finish before handing it back to the queue (default: ${DEFAULT-VALUE}).")
    private int graceSeconds;

    ExecutorRunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String executorType = Optional.ofNullable(type).or(() -> context.env(CliContext.EXECUTOR_TYPE))
                .orElseThrow(() -> new CliInputException("Give --type or set " + CliContext.EXECUTOR_TYPE));
        if (timeoutSeconds < 1) {
            throw new CliInputException("--timeout must be at least 1 second");
        }
        Optional<PrivateKey> colonyKey = context.optionalKey(CliContext.COLONY_PRVKEY);
        Optional<PrivateKey> ownKey = context.optionalKey(CliContext.EXECUTOR_PRVKEY);
        if (colonyKey.isEmpty() && ownKey.isEmpty()) {
            throw new CliInputException(CliContext.COLONY_PRVKEY
                    + " is not set; the executor needs the colony owner's key to register and approve itself");
        }
        ExecutorSettings settings = new ExecutorSettings(context.colonyId(), colonyKey.orElse(null),
                ownKey.orElseGet(PrivateKey::generate), executorType, name, timeoutSeconds);
        ExecutorLoop loop = new ExecutorLoop(context.client(), settings, functions(), context::progress);
        Thread hook = new Thread(() -> stopOnSignal(loop), "colonies-executor-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            loop.run();
        } finally {
            removeHook(hook);
        }
        return ExitCodes.OK;
    }

    private FunctionTable functions() {
        FunctionTable table = BuiltinFunctions.table();
        for (Map.Entry<String, String> entry : shell.entrySet()) {
            if (table.names().contains(entry.getKey())) {
                throw new CliInputException("--allow-shell " + entry.getKey() + " clashes with a built-in function");
            }
            if (entry.getValue().isBlank()) {
                throw new CliInputException("--allow-shell " + entry.getKey() + " needs a command after '='");
            }
            table.add(entry.getKey(), new ShellFunction(entry.getKey(), entry.getValue()));
        }
        return table;
    }

    /**
     * Runs in the shutdown hook. Exits with 0 itself because the JVM would otherwise report the
     * signal (143/130) although the executor stopped cleanly.
     */
    private void stopOnSignal(ExecutorLoop loop) {
        if (!loop.isRunning()) {
            return;
        }
        context.progress("Stopping: no new work; finishing the current process (grace " + graceSeconds + " s)");
        loop.shutdown(Duration.ofSeconds(graceSeconds));
        context.err().flush();
        context.out().flush();
        Runtime.getRuntime().halt(ExitCodes.OK);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook is running or done.
        }
    }
}
