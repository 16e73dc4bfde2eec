package io.colonies.client;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Cluster;
import io.colonies.model.core.Colony;
import io.colonies.model.core.Cron;
import io.colonies.model.core.Executor;
import io.colonies.model.core.Function;
import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Generator;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.Statistics;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.ColonyMessages;
import io.colonies.model.rpc.CronMessages;
import io.colonies.model.rpc.ExecutorMessages;
import io.colonies.model.rpc.GeneratorMessages;
import io.colonies.model.rpc.Message;
import io.colonies.model.rpc.ProcessMessages;
import io.colonies.model.rpc.ServerMessages;
import io.colonies.model.rpc.WorkflowMessages;
import io.colonies.model.security.PrivateKey;
import jakarta.json.bind.JsonbException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One typed method per RPC message of PROTOCOL §5 (the WebSocket subscriptions excepted). Every call
 * takes the key that signs it; the javadoc names the role the server expects (§3.2). Thread-safe.
 * Deliberately one flat facade, so callers find every operation in one place: it is long, but each
 * method only fills a message and hands it to {@link RpcTransport}.
 *
 * @see ColoniesException for error replies
 * @see ServerUnreachableException when the server cannot be reached
 */
public class ColoniesClient {
    /** Extra time beyond a long-poll's own timeout before the HTTP request itself gives up. */
    private static final Duration LONG_POLL_MARGIN = Duration.ofSeconds(30);

    private final RpcTransport rpc;

    public ColoniesClient(ClientConfig config) {
        this(new RpcTransport(config));
    }

    public ColoniesClient(RpcTransport rpc) {
        this.rpc = rpc;
    }

    public static ColoniesClient fromEnv() {
        return new ColoniesClient(ClientConfig.fromEnv());
    }

    public ClientConfig config() {
        return rpc.config();
    }

    // --- server (§5.1) ---

    /** Unsigned. */
    public ServerMessages.Version version() {
        return call(new ServerMessages.Version(), null, ServerMessages.Version.class);
    }

    /** Server owner key. */
    public Statistics statistics(PrivateKey serverKey) {
        return call(new ServerMessages.GetStatistics(), serverKey, Statistics.class);
    }

    /** Server owner key. */
    public Cluster cluster(PrivateKey serverKey) {
        return call(new ServerMessages.GetCluster(), serverKey, Cluster.class);
    }

    /** Server owner key. Deletes everything on the server. */
    public void resetDatabase(PrivateKey serverKey) {
        rpc.call(new ResetDatabaseMessage(), serverKey);
    }

    // --- colonies (§5.2) ---

    /** Server owner key. */
    public Colony addColony(Colony colony, PrivateKey serverKey) {
        return call(with(new ColonyMessages.AddColony(), m -> m.colony = colony), serverKey, Colony.class);
    }

    /** Server owner key. */
    public void deleteColony(String colonyId, PrivateKey serverKey) {
        rpc.call(with(new ColonyMessages.DeleteColony(), m -> m.colonyid = colonyId), serverKey);
    }

    /** Colony owner key. */
    public void renameColony(String colonyId, String name, PrivateKey colonyKey) {
        rpc.call(with(new ColonyMessages.RenameColony(), m -> {
            m.colonyid = colonyId;
            m.name = name;
        }), colonyKey);
    }

    /** Server owner key. */
    public List<Colony> colonies(PrivateKey serverKey) {
        return callList(new ColonyMessages.GetColonies(), serverKey, Colony.class);
    }

    /** Approved executor key (the colony owner is refused). */
    public Colony colony(String colonyId, PrivateKey executorKey) {
        return call(with(new ColonyMessages.GetColony(), m -> m.colonyid = colonyId), executorKey, Colony.class);
    }

    /** Executor or colony owner key. */
    public Statistics colonyStatistics(String colonyId, PrivateKey key) {
        return call(with(new ColonyMessages.GetColonyStats(), m -> m.colonyid = colonyId), key, Statistics.class);
    }

    // --- executors (§5.3) ---

    /** Colony owner key; the executor is stored as pending. */
    public Executor addExecutor(Executor executor, PrivateKey colonyKey) {
        return call(with(new ExecutorMessages.AddExecutor(), m -> m.executor = executor), colonyKey, Executor.class);
    }

    /** Executor (any state) or colony owner key. */
    public List<Executor> executors(String colonyId, PrivateKey key) {
        return callList(with(new ExecutorMessages.GetExecutors(), m -> m.colonyid = colonyId), key, Executor.class);
    }

    /** Approved executor key. */
    public Executor executor(String executorId, PrivateKey executorKey) {
        return call(executorRef(new ExecutorMessages.GetExecutor(), executorId), executorKey, Executor.class);
    }

    /** Colony owner key. */
    public void approveExecutor(String executorId, PrivateKey colonyKey) {
        rpc.call(executorRef(new ExecutorMessages.ApproveExecutor(), executorId), colonyKey);
    }

    /** Colony owner key. */
    public void rejectExecutor(String executorId, PrivateKey colonyKey) {
        rpc.call(executorRef(new ExecutorMessages.RejectExecutor(), executorId), colonyKey);
    }

    /** Colony owner key; the executor's running processes go back to waiting. */
    public void deleteExecutor(String executorId, PrivateKey colonyKey) {
        rpc.call(executorRef(new ExecutorMessages.DeleteExecutor(), executorId), colonyKey);
    }

    // --- function registry (§5.4) ---

    /** Key of the executor named in {@code function.executorid}. */
    public Function addFunction(Function function, PrivateKey executorKey) {
        return call(with(new ExecutorMessages.AddFunction(), m -> m.fun = function), executorKey, Function.class);
    }

    /** Approved executor key. */
    public List<Function> functionsOfColony(String colonyId, PrivateKey executorKey) {
        return callList(with(new ExecutorMessages.GetFunctions(), m -> m.colonyid = colonyId),
                executorKey, Function.class);
    }

    /** Approved executor key. */
    public List<Function> functionsOfExecutor(String executorId, PrivateKey executorKey) {
        return callList(with(new ExecutorMessages.GetFunctions(), m -> m.executorid = executorId),
                executorKey, Function.class);
    }

    /** Key of the executor owning the function. */
    public void deleteFunction(String functionId, PrivateKey executorKey) {
        rpc.call(with(new ExecutorMessages.DeleteFunction(), m -> m.functionid = functionId), executorKey);
    }

    // --- processes (§5.5) ---

    /** Approved executor key. */
    public Process submit(FunctionSpec spec, PrivateKey executorKey) {
        return submit(spec, "", executorKey);
    }

    /**
     * Approved executor key. A non-empty {@code idempotencyKey} makes a retried submit (e.g. after a
     * lost reply) return the process of the first submit instead of creating a second one.
     */
    public Process submit(FunctionSpec spec, String idempotencyKey, PrivateKey executorKey) {
        return call(with(new ProcessMessages.SubmitFunctionSpec(), m -> {
            m.spec = spec;
            m.idempotencykey = idempotencyKey == null ? "" : idempotencyKey;
        }), executorKey, Process.class);
    }

    /**
     * Approved executor key; the caller becomes the assignee. {@code timeoutSeconds} &gt; 0 long-polls
     * that long, &lt; 0 tries once (0 is refused by the server).
     *
     * @return the assigned process, or empty when there was nothing to assign (the 404 reply)
     */
    public Optional<Process> assign(String colonyId, int timeoutSeconds, PrivateKey executorKey) {
        ProcessMessages.AssignProcess message = with(new ProcessMessages.AssignProcess(), m -> {
            m.colonyid = colonyId;
            m.timeout = timeoutSeconds;
        });
        Duration requestTimeout = timeoutSeconds > 0
                ? Duration.ofSeconds(timeoutSeconds).plus(LONG_POLL_MARGIN)
                : RpcTransport.DEFAULT_REQUEST_TIMEOUT;
        try {
            return Optional.of(parse(rpc.call(message, executorKey, requestTimeout), Process.class));
        } catch (ColoniesException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Executor or colony owner key; up to {@code count} (max 100) processes in {@code state}, queue order. */
    public List<Process> processes(String colonyId, int state, int count, PrivateKey key) {
        return processes(colonyId, state, count, "", key);
    }

    /** As {@link #processes(String, int, int, PrivateKey)}, only those for {@code executorType} if not empty. */
    public List<Process> processes(String colonyId, int state, int count, String executorType, PrivateKey key) {
        return callList(with(new ProcessMessages.GetProcesses(), m -> {
            m.colonyid = colonyId;
            m.state = state;
            m.count = count;
            m.executortype = executorType == null ? "" : executorType;
        }), key, Process.class);
    }

    /** Executor or colony owner key; processes submitted in the last {@code seconds}, optionally of one assignee. */
    public List<Process> processHistory(String colonyId, String executorId, long seconds, int state, PrivateKey key) {
        return callList(with(new ProcessMessages.GetProcessHistory(), m -> {
            m.colonyid = colonyId;
            m.executorid = executorId == null ? "" : executorId;
            m.seconds = seconds;
            m.state = state;
        }), key, Process.class);
    }

    /** Approved executor key. */
    public Process process(String processId, PrivateKey executorKey) {
        return call(with(new ProcessMessages.GetProcess(), m -> m.processid = processId), executorKey, Process.class);
    }

    /** Approved executor key. */
    public void deleteProcess(String processId, PrivateKey executorKey) {
        rpc.call(with(new ProcessMessages.DeleteProcess(), m -> m.processid = processId), executorKey);
    }

    /** Colony owner key; standalone processes in {@code state} (-1 = all but running). */
    public void deleteAllProcesses(String colonyId, int state, PrivateKey colonyKey) {
        rpc.call(with(new ProcessMessages.DeleteAllProcesses(), m -> {
            m.colonyid = colonyId;
            m.state = state;
        }), colonyKey);
    }

    /** Key of the assignee. */
    public void closeSuccessful(String processId, List<?> out, PrivateKey executorKey) {
        rpc.call(with(new ProcessMessages.CloseSuccessful(), m -> {
            m.processid = processId;
            m.out = out == null ? new ArrayList<>() : new ArrayList<>(out);
        }), executorKey);
    }

    /** Key of the assignee. */
    public void closeFailed(String processId, List<String> errors, PrivateKey executorKey) {
        rpc.call(with(new ProcessMessages.CloseFailed(), m -> {
            m.processid = processId;
            m.errors = errors == null ? new ArrayList<>() : new ArrayList<>(errors);
        }), executorKey);
    }

    // --- attributes (§5.6) ---

    /** Key of the assignee of the running target process. */
    public Attribute addAttribute(Attribute attribute, PrivateKey executorKey) {
        return call(with(new ProcessMessages.AddAttribute(), m -> m.attribute = attribute),
                executorKey, Attribute.class);
    }

    /** Approved executor key. */
    public Attribute attribute(String attributeId, PrivateKey executorKey) {
        return call(with(new ProcessMessages.GetAttribute(), m -> m.attributeid = attributeId),
                executorKey, Attribute.class);
    }

    // --- workflows (§5.7) ---

    /** Approved executor key. */
    public ProcessGraph submitWorkflow(WorkflowSpec spec, PrivateKey executorKey) {
        return call(with(new WorkflowMessages.SubmitWorkflowSpec(), m -> m.spec = spec),
                executorKey, ProcessGraph.class);
    }

    /** Approved executor key. */
    public ProcessGraph processGraph(String processGraphId, PrivateKey executorKey) {
        return call(with(new WorkflowMessages.GetProcessGraph(), m -> m.processgraphid = processGraphId),
                executorKey, ProcessGraph.class);
    }

    /** Approved executor key (the colony owner is refused); newest first. */
    public List<ProcessGraph> processGraphs(String colonyId, int state, int count, PrivateKey executorKey) {
        return callList(with(new WorkflowMessages.GetProcessGraphs(), m -> {
            m.colonyid = colonyId;
            m.state = state;
            m.count = count;
        }), executorKey, ProcessGraph.class);
    }

    /** Approved executor key; deletes the graph and its processes. */
    public void deleteProcessGraph(String processGraphId, PrivateKey executorKey) {
        rpc.call(with(new WorkflowMessages.DeleteProcessGraph(), m -> m.processgraphid = processGraphId),
                executorKey);
    }

    /** Colony owner key; -1 = every state. */
    public void deleteAllProcessGraphs(String colonyId, int state, PrivateKey colonyKey) {
        rpc.call(with(new WorkflowMessages.DeleteAllProcessGraphs(), m -> {
            m.colonyid = colonyId;
            m.state = state;
        }), colonyKey);
    }

    /**
     * Key of the assignee of the running parent. With {@code insert} the child takes over the
     * parent's children; otherwise it is an extra child, optionally also a parent of {@code childProcessId}.
     */
    public Process addChild(String processGraphId, String parentProcessId, String childProcessId,
            FunctionSpec spec, boolean insert, PrivateKey executorKey) {
        return call(with(new WorkflowMessages.AddChild(), m -> {
            m.processgraphid = processGraphId;
            m.parentprocessid = parentProcessId;
            m.childprocessid = childProcessId == null ? "" : childProcessId;
            m.spec = spec;
            m.insert = insert;
        }), executorKey, Process.class);
    }

    // --- generators (§5.8) ---

    /** Approved executor key. */
    public Generator addGenerator(Generator generator, PrivateKey executorKey) {
        return call(with(new GeneratorMessages.AddGenerator(), m -> m.generator = generator),
                executorKey, Generator.class);
    }

    /** Approved executor key. */
    public Generator generator(String generatorId, PrivateKey executorKey) {
        return call(with(new GeneratorMessages.GetGenerator(), m -> m.generatorid = generatorId),
                executorKey, Generator.class);
    }

    /** Approved executor key; generator names are unique server-wide. */
    public Generator resolveGenerator(String name, PrivateKey executorKey) {
        return call(with(new GeneratorMessages.ResolveGenerator(), m -> m.generatorname = name),
                executorKey, Generator.class);
    }

    /** Approved executor key. */
    public List<Generator> generators(String colonyId, int count, PrivateKey executorKey) {
        return callList(with(new GeneratorMessages.GetGenerators(), m -> {
            m.colonyid = colonyId;
            m.count = count;
        }), executorKey, Generator.class);
    }

    /** Approved executor key; queues one argument for the generator's next workflow. */
    public void packGenerator(String generatorId, String arg, PrivateKey executorKey) {
        rpc.call(with(new GeneratorMessages.PackGenerator(), m -> {
            m.generatorid = generatorId;
            m.arg = arg;
        }), executorKey);
    }

    /** Approved executor key. */
    public void deleteGenerator(String generatorId, PrivateKey executorKey) {
        rpc.call(with(new GeneratorMessages.DeleteGenerator(), m -> m.generatorid = generatorId), executorKey);
    }

    // --- crons (§5.9) ---

    /** Approved executor key. */
    public Cron addCron(Cron cron, PrivateKey executorKey) {
        return call(with(new CronMessages.AddCron(), m -> m.cron = cron), executorKey, Cron.class);
    }

    /** Approved executor key. */
    public Cron cron(String cronId, PrivateKey executorKey) {
        return call(with(new CronMessages.GetCron(), m -> m.cronid = cronId), executorKey, Cron.class);
    }

    /** Approved executor key. */
    public List<Cron> crons(String colonyId, int count, PrivateKey executorKey) {
        return callList(with(new CronMessages.GetCrons(), m -> {
            m.colonyid = colonyId;
            m.count = count;
        }), executorKey, Cron.class);
    }

    /** Approved executor key; starts a run now and returns the cron as it was before the run. */
    public Cron runCron(String cronId, PrivateKey executorKey) {
        return call(with(new CronMessages.RunCron(), m -> m.cronid = cronId), executorKey, Cron.class);
    }

    /** Approved executor key. */
    public void deleteCron(String cronId, PrivateKey executorKey) {
        rpc.call(with(new CronMessages.DeleteCron(), m -> m.cronid = cronId), executorKey);
    }

    // --- plumbing ---

    private <T> T call(Message message, PrivateKey key, Class<T> type) {
        return parse(rpc.call(message, key), type);
    }

    /** The reference answers {@code null} for empty lists (§1.3); callers always get a list. */
    private <T> List<T> callList(Message message, PrivateKey key, Class<T> element) {
        String json = rpc.call(message, key);
        try {
            List<T> list = WireJson.fromJson(json, JsonTypes.listOf(element));
            return list == null ? new ArrayList<>() : list;
        } catch (JsonbException e) {
            throw unexpected(json, e);
        }
    }

    private static <T> T parse(String json, Class<T> type) {
        try {
            return WireJson.fromJson(json, type);
        } catch (JsonbException e) {
            throw unexpected(json, e);
        }
    }

    /** A success reply we cannot read means client and server disagree on the protocol. */
    private static ColoniesException unexpected(String json, JsonbException e) {
        String shown = json.length() > 200 ? json.substring(0, 200) + "..." : json;
        return new ColoniesException(0, "Cannot read the server's reply: " + shown);
    }

    private static <M extends ExecutorMessages.ExecutorRef> M executorRef(M message, String executorId) {
        message.executorid = executorId;
        return message;
    }

    private static <M extends Message> M with(M message, Consumer<M> init) {
        init.accept(message);
        return message;
    }
}
