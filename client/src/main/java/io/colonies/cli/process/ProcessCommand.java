package io.colonies.cli.process;

import io.colonies.cli.CliContext;
import io.colonies.cli.CliInputException;
import io.colonies.cli.ExitCodes;
import io.colonies.cli.WaitClock;
import io.colonies.cli.output.Formats;
import io.colonies.cli.output.Table;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.json.WireJson;
import io.colonies.model.security.PrivateKey;
import jakarta.json.bind.JsonbException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Inspecting processes, and acting as an executor by hand (assign, close, fail). */
@Command(name = "process", description = "List, inspect, assign, close and remove processes.")
public class ProcessCommand {
    private static final int MAX_COUNT = 100;

    private final CliContext context;

    public ProcessCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "ls", description = "List processes of the colony in one state (executor or colony owner key).")
    void list(@Option(names = "--state", defaultValue = "waiting",
                    description = "waiting, running, successful, failed or cancelled (default: ${DEFAULT-VALUE}).") String state,
            @Option(names = "--count", defaultValue = "20", description = "At most this many, 1-100 (default: ${DEFAULT-VALUE}).")
            int count,
            @Option(names = "--type", description = "Only processes for this executor type.") String type) {
        if (count < 1 || count > MAX_COUNT) {
            throw new CliInputException("--count must be between 1 and " + MAX_COUNT);
        }
        List<Process> processes = context.client().processes(context.colonyId(), States.parse(state), count,
                type, context.memberOrOwnerKey());
        if (context.json()) {
            context.printJson(processes);
            return;
        }
        Table table = new Table("PROCESSID", "FUNCTION", "ARGS", "TYPE", "STATE", "SUBMITTED");
        processes.forEach(p -> table.row(p.processid, p.spec.funcname, Formats.shortList(p.spec.args),
                p.spec.conditions.executortype, Formats.state(p.state), Formats.time(p.submissiontime)));
        table.print(context.out());
    }

    @Command(name = "get", description = "Show one process (executor key).")
    int get(@Parameters(paramLabel = "PROCESSID") String processId,
            @Option(names = "--follow", description = "Poll until the process succeeds or fails.") boolean follow,
            @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "0",
                    description = "With --follow: give up after this long (0 = never).") int waitTimeout) {
        String id = CliContext.checkedId("PROCESSID", processId);
        PrivateKey key = context.executorKey();
        Process p = follow
                ? new ProcessWatcher(context.client(), key, context::progress).await(id, WaitClock.withLimitSeconds(waitTimeout))
                : context.client().process(id, key);
        show(p);
        return !follow || p.state == ProcessState.SUCCESS ? ExitCodes.OK : ExitCodes.NOT_SUCCESSFUL;
    }

    @Command(name = "assign", description = "Take the next process for this executor (executor key).")
    void assign(@Option(names = "--timeout", defaultValue = "10",
            description = "Seconds to wait for work (default: ${DEFAULT-VALUE}).") int timeout) {
        if (timeout < 1) {
            throw new CliInputException("--timeout must be at least 1 second");
        }
        Optional<Process> assigned = context.client().assign(context.colonyId(), timeout, context.executorKey());
        if (assigned.isPresent()) {
            show(assigned.get());
        } else if (context.json()) {
            context.printJson(null);
        } else {
            context.progress("No process to assign within " + timeout + " s");
        }
    }

    @Command(name = "close", description = "Close an assigned process as successful (assignee's key).")
    void close(@Parameters(paramLabel = "PROCESSID") String processId,
            @Option(names = "--out", paramLabel = "JSON", arity = "1..*",
                    description = "Output values; JSON (5, \"a\", [1,2], {...}) or plain text.") List<String> out) {
        List<Object> values = new ArrayList<>();
        if (out != null) {
            out.forEach(text -> values.add(jsonOrText(text)));
        }
        String id = CliContext.checkedId("PROCESSID", processId);
        context.client().closeSuccessful(id, values, context.executorKey());
        context.done("Process " + id + " closed as successful");
    }

    @Command(name = "fail", description = "Close an assigned process as failed (assignee's key).")
    void fail(@Parameters(paramLabel = "PROCESSID") String processId,
            @Option(names = "--error", paramLabel = "TEXT", description = "Error text; may be repeated.") List<String> errors) {
        String id = CliContext.checkedId("PROCESSID", processId);
        context.client().closeFailed(id, errors == null ? List.of() : errors, context.executorKey());
        context.done("Process " + id + " closed as failed");
    }

    @Command(name = "rm", description = "Remove a process (executor key).")
    void remove(@Parameters(paramLabel = "PROCESSID") String processId) {
        String id = CliContext.checkedId("PROCESSID", processId);
        context.client().deleteProcess(id, context.executorKey());
        context.done("Process " + id + " removed");
    }

    @Command(name = "logs", description = "Print a process's log (member key); --follow until the process ends.")
    int logs(@Parameters(paramLabel = "PROCESSID") String processId,
            @Option(names = "--count", defaultValue = "100",
                    description = "Without --follow: at most this many lines, 1-500 (default: ${DEFAULT-VALUE}).")
            int count,
            @Option(names = "--follow", description = "Print lines as they come until the process ends; the exit"
                    + " code is 0 only when it succeeded.")
            boolean follow,
            @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "0",
                    description = "With --follow: give up after this long (0 = never).") int waitTimeout) {
        String id = CliContext.checkedId("PROCESSID", processId);
        if (count < 1 || count > LogFollower.PAGE) {
            throw new CliInputException("--count must be between 1 and " + LogFollower.PAGE);
        }
        LogFollower logs = new LogFollower(context.client(), context.executorKey(), log -> {
            if (context.json()) {
                context.printJson(log);
            } else {
                context.out().println(log.message);
                context.out().flush();
            }
        });
        if (!follow) {
            logs.print(id, count);
            return ExitCodes.OK;
        }
        OptionalInt ended = logs.follow(id, WaitClock.withLimitSeconds(waitTimeout));
        if (ended.isEmpty()) {
            context.progress("gave up following the log of process " + id);
            return ExitCodes.NOT_SUCCESSFUL;
        }
        if (ended.getAsInt() == ProcessState.SUCCESS) {
            return ExitCodes.OK;
        }
        // like get --follow and attributes --follow: the exit code tells a script whether it worked
        context.progress("process " + id + " ended " + Formats.state(ended.getAsInt()));
        return ExitCodes.NOT_SUCCESSFUL;
    }

    @Command(name = "cancel", description = "Cancel a waiting or running process (executor or colony owner key).")
    void cancel(@Parameters(paramLabel = "PROCESSID") String processId) {
        String id = CliContext.checkedId("PROCESSID", processId);
        Process cancelled = context.client().cancel(id, context.memberOrOwnerKey());
        if (context.json()) {
            context.printJson(cancelled);
        } else {
            context.done("Process " + id + " cancelled");
        }
    }

    @Command(name = "unassign", description = "Give a running process back to the queue, at its old position"
            + " and not as a retry (assignee's key).")
    void unassign(@Parameters(paramLabel = "PROCESSID") String processId) {
        String id = CliContext.checkedId("PROCESSID", processId);
        context.client().unassign(id, context.executorKey());
        context.done("Process " + id + " unassigned, waiting again");
    }

    @Command(name = "attributes", description = "Print a process's attributes (member key); --follow prints each one"
            + " added or removed until the process ends.")
    int attributes(@Parameters(paramLabel = "PROCESSID") String processId,
            @Option(names = "--follow", description = "Keep printing attributes as they are added (+) or removed (-)"
                    + " until the process succeeds, fails or is cancelled; exit code 0 only if it succeeded.")
            boolean follow,
            @Option(names = "--wait-timeout", paramLabel = "SECONDS", defaultValue = "0",
                    description = "With --follow: give up after this long (0 = never).") int waitTimeout) {
        String id = CliContext.checkedId("PROCESSID", processId);
        PrivateKey key = context.executorKey();
        // read first: an unknown process or an unreachable server is a clean error, not a silent stream
        Process first = context.client().process(id, key);
        WaitClock clock = WaitClock.withLimitSeconds(waitTimeout);
        AttributeView view = new AttributeView(context, follow, clock);
        if (!follow) {
            view.current(first.attributes);
            return ExitCodes.OK;
        }
        String colonyId = first.spec.conditions == null || first.spec.conditions.colonyid.isEmpty()
                ? context.colonyId() : first.spec.conditions.colonyid;
        Optional<Process> ended = new AttributeFollower(id, pid -> context.client().process(pid, key), view)
                .follow(first, context.client().events(), colonyId, Duration.ofSeconds(Math.max(0, waitTimeout)), key);
        if (ended.isEmpty()) {
            context.progress(clock.stamp() + " gave up following the attributes of process " + id);
            return ExitCodes.NOT_SUCCESSFUL;
        }
        return ended.get().state == ProcessState.SUCCESS ? ExitCodes.OK : ExitCodes.NOT_SUCCESSFUL;
    }

    @Command(name = "rm-attribute", description = "Remove an attribute of a running process (assignee's key).")
    void removeAttribute(@Parameters(paramLabel = "ATTRIBUTEID") String attributeId) {
        String id = CliContext.checkedId("ATTRIBUTEID", attributeId);
        context.client().removeAttribute(id, context.executorKey());
        context.done("Attribute " + id + " removed");
    }

    private void show(Process p) {
        if (context.json()) {
            context.printJson(p);
        } else {
            ProcessView.print(p, context.out());
        }
    }

    /** {@code --out 5} is the number 5, {@code --out hello} the string "hello". */
    static Object jsonOrText(String text) {
        try {
            Object value = WireJson.fromJson(text, Object.class);
            return value == null ? text : value;
        } catch (JsonbException e) {
            return text;
        }
    }
}
