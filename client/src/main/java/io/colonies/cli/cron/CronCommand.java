package io.colonies.cli.cron;

import io.colonies.cli.CliContext;
import io.colonies.cli.CliInputException;
import io.colonies.cli.output.Details;
import io.colonies.cli.output.Formats;
import io.colonies.cli.output.Table;
import io.colonies.cli.spec.SpecFiles;
import io.colonies.model.core.Cron;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.json.WireJson;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Crons submit a workflow every interval or per cron expression (6 fields, with seconds). */
@Command(name = "cron", description = "Add, list, run and remove crons (executor key).")
public class CronCommand {
    private final CliContext context;

    public CronCommand(CliContext context) {
        this.context = context;
    }

    /** Exactly one of the two ways to schedule. */
    static class Schedule {
        @Option(names = "--interval", paramLabel = "SECONDS", required = true, description = "Run every SECONDS.")
        Integer interval;

        @Option(names = "--cron", paramLabel = "EXPR", required = true,
                description = "Cron expression with seconds, e.g. '0/30 * * * * *'.")
        String expression;
    }

    @Command(name = "add", description = "Add a cron that submits the workflow in --spec.")
    void add(@Option(names = "--name", required = true, description = "Name, unique on the server.") String name,
            @Option(names = "--spec", required = true, paramLabel = "FILE", description = "WorkflowSpec JSON file.")
            Path specFile,
            @ArgGroup(exclusive = true, multiplicity = "1") Schedule schedule,
            @Option(names = "--wait-for-prev", description = "Skip runs while the previous workflow is unfinished.")
            boolean waitForPrevious) {
        WorkflowSpec spec = SpecFiles.workflowSpec(specFile, context::colonyId);
        Cron cron = new Cron();
        cron.colonyid = spec.colonyid;
        cron.name = name;
        cron.workflowspec = WireJson.toJson(spec);
        cron.waitforprevprocessgraph = waitForPrevious;
        if (schedule.interval != null) {
            if (schedule.interval < 1) {
                throw new CliInputException("--interval must be at least 1 second");
            }
            cron.interval = schedule.interval;
        } else {
            cron.interval = -1;
            cron.cronexpression = schedule.expression;
        }
        show(context.client().addCron(cron, context.executorKey()));
    }

    @Command(name = "ls", description = "List the crons of the colony.")
    void list(@Option(names = "--count", defaultValue = "100", description = "At most this many.") int count) {
        List<Cron> crons = context.client().crons(context.colonyId(), count, context.executorKey());
        if (context.json()) {
            context.printJson(crons);
            return;
        }
        Table table = new Table("CRONID", "NAME", "SCHEDULE", "NEXT RUN", "LAST RUN");
        crons.forEach(c -> table.row(c.cronid, c.name, schedule(c), Formats.time(c.nextrun), Formats.time(c.lastrun)));
        table.print(context.out());
    }

    @Command(name = "run", description = "Start a run of the cron now.")
    void run(@Parameters(paramLabel = "CRONID") String cronId) {
        Cron cron = context.client().runCron(CliContext.checkedId("CRONID", cronId), context.executorKey());
        if (context.json()) {
            context.printJson(cron);
        } else {
            context.out().println("Cron " + cron.name + " (" + cron.cronid + ") started");
            context.out().flush();
        }
    }

    @Command(name = "rm", description = "Remove a cron.")
    void remove(@Parameters(paramLabel = "CRONID") String cronId) {
        String id = CliContext.checkedId("CRONID", cronId);
        context.client().deleteCron(id, context.executorKey());
        context.done("Cron " + id + " removed");
    }

    private void show(Cron cron) {
        if (context.json()) {
            context.printJson(cron);
            return;
        }
        new Details().add("Cron", cron.cronid).add("Name", cron.name).add("Schedule", schedule(cron))
                .add("Next run", Formats.time(cron.nextrun)).print(context.out());
    }

    private static String schedule(Cron cron) {
        return cron.interval > 0 ? "every " + cron.interval + " s" : cron.cronexpression;
    }
}
