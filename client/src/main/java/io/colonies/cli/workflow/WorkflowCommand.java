package io.colonies.cli.workflow;

import io.colonies.cli.CliContext;
import io.colonies.cli.CliInputException;
import io.colonies.cli.ExitCodes;
import io.colonies.cli.WaitClock;
import io.colonies.cli.output.Formats;
import io.colonies.cli.output.Table;
import io.colonies.cli.process.States;
import io.colonies.cli.spec.SpecFiles;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.security.PrivateKey;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Workflows are DAGs of function specs; the server runs each node once all its parents succeeded. */
@Command(name = "workflow", description = "Submit workflows (DAGs of function specs) and follow them.")
public class WorkflowCommand {
    private final CliContext context;

    public WorkflowCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "submit", description = {"Submit a WorkflowSpec JSON file (executor key).",
            "A missing colonyid is taken from COLONIES_COLONY_ID."})
    int submit(@Option(names = "--spec", required = true, paramLabel = "FILE") Path specFile,
            @Option(names = "--wait", description = "Wait until the workflow succeeds or fails, then print its result.")
            boolean wait,
            @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "0",
                    description = "Give up waiting after this long (0 = never).") int waitTimeout) {
        WorkflowSpec spec = SpecFiles.workflowSpec(specFile, context::colonyId);
        PrivateKey key = context.executorKey();
        ProcessGraph graph = context.client().submitWorkflow(spec, key);
        if (!wait) {
            if (context.json()) {
                context.printJson(graph);
            } else {
                context.out().println("Workflow " + graph.processgraphid + " submitted with "
                        + graph.processids.size() + " processes");
                context.out().flush();
            }
            return ExitCodes.OK;
        }
        return follow(graph.processgraphid, key, waitTimeout);
    }

    @Command(name = "get", description = "Show a workflow with its processes (executor key).")
    int get(@Parameters(paramLabel = "PROCESSGRAPHID") String graphId,
            @Option(names = "--follow", description = "Poll until the workflow succeeds or fails.") boolean follow,
            @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "0",
                    description = "With --follow: give up after this long (0 = never).") int waitTimeout) {
        String id = CliContext.checkedId("PROCESSGRAPHID", graphId);
        PrivateKey key = context.executorKey();
        if (follow) {
            return follow(id, key, waitTimeout);
        }
        show(WorkflowRun.load(context.client(), key, context.client().processGraph(id, key)));
        return ExitCodes.OK;
    }

    @Command(name = "ls", description = "List workflows of the colony in one state, newest first (executor key).")
    void list(@Option(names = "--state", defaultValue = "waiting",
                    description = "waiting, running, successful, failed or cancelled (default: ${DEFAULT-VALUE}).") String state,
            @Option(names = "--count", defaultValue = "20", description = "At most this many, 1-100.") int count) {
        if (count < 1 || count > 100) {
            throw new CliInputException("--count must be between 1 and 100");
        }
        List<ProcessGraph> graphs = context.client().processGraphs(context.colonyId(), States.parse(state), count,
                context.executorKey());
        if (context.json()) {
            context.printJson(graphs);
            return;
        }
        Table table = new Table("PROCESSGRAPHID", "STATE", "PROCESSES", "SUBMITTED");
        graphs.forEach(g -> table.row(g.processgraphid, Formats.state(g.state), g.processids.size(),
                Formats.time(g.submissiontime)));
        table.print(context.out());
    }

    @Command(name = "cancel", description = "Cancel every unfinished process of a workflow (executor or colony"
            + " owner key).")
    void cancel(@Parameters(paramLabel = "PROCESSGRAPHID") String graphId) {
        String id = CliContext.checkedId("PROCESSGRAPHID", graphId);
        ProcessGraph cancelled = context.client().cancelProcessGraph(id, context.memberOrOwnerKey());
        if (context.json()) {
            context.printJson(cancelled);
        } else {
            context.done("Workflow " + id + " cancelled");
        }
    }

    private int follow(String graphId, PrivateKey key, int waitTimeout) {
        ProcessGraph last = new GraphWatcher(context.client(), key, context::progress)
                .await(graphId, WaitClock.withLimitSeconds(waitTimeout));
        show(WorkflowRun.load(context.client(), key, last));
        return last.state == ProcessState.SUCCESS ? ExitCodes.OK : ExitCodes.NOT_SUCCESSFUL;
    }

    private void show(WorkflowRun run) {
        if (context.json()) {
            context.printJson(WorkflowView.json(run));
        } else {
            WorkflowView.print(run, context.out());
        }
    }
}
