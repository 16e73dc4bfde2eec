package io.colonies.cli.executor;

import io.colonies.cli.CliContext;
import io.colonies.cli.CliInputException;
import io.colonies.cli.output.Details;
import io.colonies.cli.output.Formats;
import io.colonies.cli.output.Table;
import io.colonies.model.core.Executor;
import io.colonies.model.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Registering, approving and removing executors is the colony owner's job (COLONIES_COLONY_PRVKEY). */
@Command(name = "executor", description = "Manage executors of the colony, or run one.",
        subcommands = ExecutorRunCommand.class)
public class ExecutorCommand {
    private final CliContext context;

    public ExecutorCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "add", description = {"Register an executor (colony owner key).",
            "Its id is --executorid, else the id of COLONIES_EXECUTOR_PRVKEY, else a new key is generated and printed."})
    void add(@Option(names = "--type", description = "Executor type (default: COLONIES_EXECUTOR_TYPE).") String type,
            @Option(names = "--name", required = true, description = "Name, unique within the colony.") String name,
            @Option(names = "--executorid", description = "Id of an existing executor key.") String executorId,
            @Option(names = "--approve", description = "Approve it right away.") boolean approve) {
        String executorType = Optional.ofNullable(type).or(() -> context.env(CliContext.EXECUTOR_TYPE))
                .orElseThrow(() -> new CliInputException(
                        "Give --type or set " + CliContext.EXECUTOR_TYPE));
        PrivateKey generated = null;
        String id;
        if (executorId != null) {
            id = CliContext.checkedId("--executorid", executorId);
        } else {
            Optional<PrivateKey> existing = context.optionalKey(CliContext.EXECUTOR_PRVKEY);
            generated = existing.isPresent() ? null : PrivateKey.generate();
            id = existing.map(PrivateKey::id).orElse(generated == null ? null : generated.id());
        }
        Executor executor = new Executor();
        executor.executorid = id;
        executor.executortype = executorType;
        executor.executorname = name;
        executor.colonyid = context.colonyId();
        Executor added = context.client().addExecutor(executor, context.colonyKey());
        if (approve) {
            context.client().approveExecutor(id, context.colonyKey());
            added.state = Executor.APPROVED;
        }
        print(added, generated);
    }

    @Command(name = "approve", description = "Approve an executor (colony owner key).")
    void approve(@Parameters(paramLabel = "EXECUTORID", arity = "0..1",
            description = "Default: COLONIES_EXECUTOR_ID or the id of COLONIES_EXECUTOR_PRVKEY.") String executorId) {
        String id = targetId(executorId);
        context.client().approveExecutor(id, context.colonyKey());
        context.done("Executor " + id + " approved");
    }

    @Command(name = "reject", description = "Reject an executor (colony owner key).")
    void reject(@Parameters(paramLabel = "EXECUTORID", arity = "0..1") String executorId) {
        String id = targetId(executorId);
        context.client().rejectExecutor(id, context.colonyKey());
        context.done("Executor " + id + " rejected");
    }

    @Command(name = "rm", description = "Remove an executor; its running processes go back to the queue.")
    void remove(@Parameters(paramLabel = "EXECUTORID", arity = "0..1") String executorId) {
        String id = targetId(executorId);
        context.client().deleteExecutor(id, context.colonyKey());
        context.done("Executor " + id + " removed");
    }

    @Command(name = "ls", description = "List the executors of the colony (executor or colony owner key).")
    void list() {
        List<Executor> executors = context.client().executors(context.colonyId(), context.memberOrOwnerKey());
        if (context.json()) {
            context.printJson(executors);
            return;
        }
        Table table = new Table("EXECUTORID", "NAME", "TYPE", "STATE", "LAST HEARD FROM");
        executors.forEach(e -> table.row(e.executorid, e.executorname, e.executortype,
                Formats.executorState(e.state), Formats.time(e.lastheardfromtime)));
        table.print(context.out());
    }

    private String targetId(String given) {
        if (given != null) {
            return CliContext.checkedId("EXECUTORID", given);
        }
        return context.env(CliContext.EXECUTOR_ID)
                .or(() -> context.optionalKey(CliContext.EXECUTOR_PRVKEY).map(PrivateKey::id))
                .map(id -> CliContext.checkedId(CliContext.EXECUTOR_ID, id))
                .orElseThrow(() -> new CliInputException(
                        "Give the executor id, or set " + CliContext.EXECUTOR_ID));
    }

    private void print(Executor executor, PrivateKey generated) {
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("executor", executor);
            if (generated != null) {
                json.put("prvkey", generated.hex());
            }
            context.printJson(json);
            return;
        }
        Details details = new Details()
                .add("Executor", executor.executorid)
                .add("Name", executor.executorname)
                .add("Type", executor.executortype)
                .add("State", Formats.executorState(executor.state));
        if (generated != null) {
            details.add("PrivateKey", generated.hex());
        }
        details.print(context.out());
        if (generated != null) {
            context.progress("Export the private key as COLONIES_EXECUTOR_PRVKEY to act as this executor.");
        }
    }
}
