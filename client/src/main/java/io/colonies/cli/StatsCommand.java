package io.colonies.cli;

import io.colonies.cli.output.Details;
import io.colonies.model.core.Statistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Server-wide statistics with the server owner key; with {@code --colony}, or when no server key is
 * set, the statistics of {@code COLONIES_COLONY_ID} (executor or colony owner key).
 */
@Command(name = "stats", description = "Show process and workflow counts of the server or of the colony.")
class StatsCommand implements Runnable {
    private final CliContext context;

    @Option(names = "--colony", description = "Statistics of COLONIES_COLONY_ID instead of the whole server.")
    private boolean colony;

    StatsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        boolean colonyConfigured = context.env(CliContext.COLONY_ID).isPresent()
                || context.env(CliContext.COLONY_PRVKEY).isPresent();
        boolean ofColony = colony || (context.env(CliContext.SERVER_PRVKEY).isEmpty() && colonyConfigured);
        Statistics stats = ofColony
                ? context.client().colonyStatistics(context.colonyId(), context.memberOrOwnerKey())
                : context.client().statistics(context.serverKey());
        if (context.json()) {
            context.printJson(stats);
            return;
        }
        new Details()
                .add("Colonies", stats.colonies)
                .add("Executors", stats.executors)
                .add("Waiting processes", stats.waitingprocesses)
                .add("Running processes", stats.runningprocesses)
                .add("Successful processes", stats.successfulprocesses)
                .add("Failed processes", stats.failedprocesses)
                .add("Waiting workflows", stats.waitingworkflows)
                .add("Running workflows", stats.runningworkflows)
                .add("Successful workflows", stats.successfulworkflows)
                .add("Failed workflows", stats.failedworkflows)
                .print(context.out());
    }
}
