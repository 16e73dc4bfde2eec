package io.colonies.cli;

import io.colonies.cli.colony.ColonyCommand;
import io.colonies.cli.cron.CronCommand;
import io.colonies.cli.executor.ExecutorCommand;
import io.colonies.cli.generator.GeneratorCommand;
import io.colonies.cli.process.FunctionCommand;
import io.colonies.cli.process.ProcessCommand;
import io.colonies.cli.workflow.WorkflowCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** Entry point of the {@code colonies} command. */
@Command(name = "colonies", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        version = "colonies CLI (Java) 1.0.0, protocol v1.1.1",
        description = "Command-line client of the Colonies job broker.",
        subcommands = {KeygenCommand.class, ColonyCommand.class, ExecutorCommand.class, FunctionCommand.class,
                ProcessCommand.class, WorkflowCommand.class, CronCommand.class, GeneratorCommand.class,
                StatsCommand.class, VersionCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nEnvironment:%n",
        footer = {"  COLONIES_SERVER_HOST (default localhost), COLONIES_SERVER_PORT (50080),",
                "  COLONIES_TLS (false), COLONIES_TLS_CA (PEM certificates to trust for TLS;",
                "  default: the JVM's trust store), COLONIES_SERVER_PRVKEY, COLONIES_COLONY_ID,",
                "  COLONIES_COLONY_PRVKEY, COLONIES_EXECUTOR_ID, COLONIES_EXECUTOR_PRVKEY,",
                "  COLONIES_EXECUTOR_TYPE"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the server refused the request",
                "2:bad usage, setting or spec file", "3:the server could not be reached",
                "4:a waited-for process or workflow failed or the wait gave up"})
public class ColoniesCli implements Runnable {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    ColoniesCli(CliContext context) {
        this.context = context;
    }

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print raw JSON instead of tables.")
    void setJson(boolean json) {
        context.setJson(json);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** A command line wired to {@code context}; tests run it in-process. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine cmd = new CommandLine(new ColoniesCli(context), new ContextFactory(context));
        cmd.setOut(context.out());
        cmd.setErr(context.err());
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        return cmd;
    }

    /** Runs the CLI and returns its exit code. */
    public static int run(CliContext context, String... args) {
        return commandLine(context).execute(args);
    }

    public static void main(String[] args) {
        int code = run(CliContext.system(), args);
        System.exit(code);
    }
}
