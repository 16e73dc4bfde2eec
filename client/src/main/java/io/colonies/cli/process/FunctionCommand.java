package io.colonies.cli.process;

import io.colonies.cli.CliContext;
import io.colonies.cli.ExitCodes;
import io.colonies.cli.WaitClock;
import io.colonies.cli.output.Table;
import io.colonies.cli.spec.SpecFiles;
import io.colonies.model.core.Function;
import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.security.PrivateKey;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Submitting a single function spec, and listing the functions executors registered. */
@Command(name = "function", description = "Submit a function spec, or list registered functions.")
public class FunctionCommand {
    private final CliContext context;

    public FunctionCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "submit", description = {"Submit a FunctionSpec JSON file as a process (executor key).",
            "A missing conditions.colonyid is taken from COLONIES_COLONY_ID."})
    int submit(@Option(names = "--spec", required = true, paramLabel = "FILE") Path specFile,
            @Option(names = "--wait", description = "Wait until the process succeeds or fails.") boolean wait,
            @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "0",
                    description = "Give up waiting after this long (0 = never).") int waitTimeout,
            @Option(names = "--idempotency-key", paramLabel = "KEY",
                    description = "Submitting again with the same key returns the first process.") String idempotencyKey) {
        FunctionSpec spec = SpecFiles.functionSpec(specFile, context::colonyId);
        PrivateKey key = context.executorKey();
        Process submitted = context.client().submit(spec, idempotencyKey, key);
        if (!wait) {
            if (context.json()) {
                context.printJson(submitted);
            } else {
                context.out().println("Process " + submitted.processid + " submitted ("
                        + spec.funcname + " for executor type " + spec.conditions.executortype + ")");
                context.out().flush();
            }
            return ExitCodes.OK;
        }
        Process last = new ProcessWatcher(context.client(), key, context::progress)
                .await(submitted.processid, WaitClock.withLimitSeconds(waitTimeout));
        if (context.json()) {
            context.printJson(last);
        } else {
            ProcessView.print(last, context.out());
        }
        return last.state == ProcessState.SUCCESS ? ExitCodes.OK : ExitCodes.NOT_SUCCESSFUL;
    }

    @Command(name = "ls", description = "List the functions registered in the colony (executor key).")
    void list() {
        List<Function> functions = context.client().functionsOfColony(context.colonyId(), context.executorKey());
        if (context.json()) {
            context.printJson(functions);
            return;
        }
        Table table = new Table("FUNCTION", "EXECUTORID", "CALLS", "AVG WAIT", "AVG EXEC");
        functions.forEach(f -> table.row(f.funcname, f.executorid, f.counter,
                String.format("%.3fs", f.avgwaittime), String.format("%.3fs", f.avgexectime)));
        table.print(context.out());
    }
}
