package io.colonies.cli.generator;

import io.colonies.cli.CliContext;
import io.colonies.cli.CliInputException;
import io.colonies.cli.output.Details;
import io.colonies.cli.output.Formats;
import io.colonies.cli.output.Table;
import io.colonies.cli.spec.SpecFiles;
import io.colonies.model.core.Generator;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.json.WireJson;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A generator collects packed string arguments and submits its workflow, with those arguments as
 * the roots' args, every {@code trigger} arguments (or after {@code timeout} seconds).
 */
@Command(name = "generator", description = "Add, pack, list and remove generators (executor key).")
public class GeneratorCommand {
    private final CliContext context;

    public GeneratorCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "add", description = "Add a generator for the workflow in --spec.")
    void add(@Option(names = "--name", required = true, description = "Name, unique on the server.") String name,
            @Option(names = "--spec", required = true, paramLabel = "FILE", description = "WorkflowSpec JSON file.")
            Path specFile,
            @Option(names = "--trigger", required = true, paramLabel = "N", description = "Submit per N packed args.")
            int trigger,
            @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "-1",
                    description = "Also submit fewer args after this long (default: never).") int timeout) {
        if (trigger < 1) {
            throw new CliInputException("--trigger must be at least 1");
        }
        WorkflowSpec spec = SpecFiles.workflowSpec(specFile, context::colonyId);
        Generator generator = new Generator();
        generator.colonyid = spec.colonyid;
        generator.name = name;
        generator.workflowspec = WireJson.toJson(spec);
        generator.trigger = trigger;
        generator.timeout = timeout;
        Generator added = context.client().addGenerator(generator, context.executorKey());
        if (context.json()) {
            context.printJson(added);
            return;
        }
        new Details().add("Generator", added.generatorid).add("Name", added.name).add("Trigger", added.trigger)
                .add("Timeout", added.timeout > 0 ? added.timeout + " s" : "-").print(context.out());
    }

    @Command(name = "pack", description = "Queue arguments for the generator's next workflow.")
    void pack(@Parameters(index = "0", paramLabel = "GENERATORID") String generatorId,
            @Parameters(index = "1..*", arity = "1..*", paramLabel = "ARG") List<String> args) {
        String id = CliContext.checkedId("GENERATORID", generatorId);
        for (String arg : args) {
            context.client().packGenerator(id, arg, context.executorKey());
        }
        context.done("Packed " + args.size() + " argument(s) into generator " + id);
    }

    @Command(name = "ls", description = "List the generators of the colony.")
    void list(@Option(names = "--count", defaultValue = "100", description = "At most this many.") int count) {
        List<Generator> generators = context.client().generators(context.colonyId(), count, context.executorKey());
        if (context.json()) {
            context.printJson(generators);
            return;
        }
        Table table = new Table("GENERATORID", "NAME", "TRIGGER", "TIMEOUT", "LAST RUN");
        generators.forEach(g -> table.row(g.generatorid, g.name, g.trigger,
                g.timeout > 0 ? g.timeout + " s" : "-", Formats.time(g.lastrun)));
        table.print(context.out());
    }

    @Command(name = "rm", description = "Remove a generator and its queued arguments.")
    void remove(@Parameters(paramLabel = "GENERATORID") String generatorId) {
        String id = CliContext.checkedId("GENERATORID", generatorId);
        context.client().deleteGenerator(id, context.executorKey());
        context.done("Generator " + id + " removed");
    }
}
