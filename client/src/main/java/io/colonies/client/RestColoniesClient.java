package io.colonies.client;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Colony;
import io.colonies.model.core.Executor;
import io.colonies.model.core.PauseStatus;
import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.Statistics;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.json.WireJson;
import io.colonies.model.security.PrivateKey;
import jakarta.json.bind.JsonbException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The same facade as {@link ColoniesClient}, sent over the REST API {@code /v1} (docs/rest.md) where
 * REST has the operation; the others (crons, generators, functions, attribute by id, reset) still go
 * over RPC to the same server, so a caller can switch transport without losing operations.
 *
 * <p>REST paths name the colony. Calls that only take an object id ({@link #process}, {@link #closeSuccessful},
 * ...) use the colony of the signing key, read once per key from {@code GET /v1/whoami}; a key that is
 * member of several colonies gets a clear error there. Errors are {@link ProblemException}s.
 */
public class RestColoniesClient extends ColoniesClient {
    private static final String V1 = "/v1/colonies/";

    private final RestTransport rest;
    private final Map<String, String> colonyOfKey = new ConcurrentHashMap<>();

    public RestColoniesClient(ClientConfig config) {
        this(new RestTransport(config));
    }

    public RestColoniesClient(RestTransport rest) {
        super(new RpcTransport(rest.config()));
        this.rest = rest;
    }

    public RestTransport restTransport() {
        return rest;
    }

    @Override
    public RestTransport eventTransport() {
        return rest;
    }

    // --- server

    @Override
    public Statistics statistics(PrivateKey serverKey) {
        return get("/v1/statistics", serverKey, Statistics.class);
    }

    // --- colonies

    @Override
    public Colony addColony(Colony colony, PrivateKey serverKey) {
        return post("/v1/colonies", colony, serverKey, Colony.class);
    }

    @Override
    public void deleteColony(String colonyId, PrivateKey serverKey) {
        rest.send("DELETE", V1 + seg(colonyId), null, serverKey);
    }

    @Override
    public void renameColony(String colonyId, String name, PrivateKey colonyKey) {
        rest.send("PATCH", V1 + seg(colonyId), WireJson.toJson(Map.of("name", name)), colonyKey);
    }

    @Override
    public List<Colony> colonies(PrivateKey serverKey) {
        return getList("/v1/colonies", serverKey, Colony.class);
    }

    @Override
    public Colony colony(String colonyId, PrivateKey executorKey) {
        return get(V1 + seg(colonyId), executorKey, Colony.class);
    }

    @Override
    public Statistics colonyStatistics(String colonyId, PrivateKey key) {
        return get(V1 + seg(colonyId) + "/statistics", key, Statistics.class);
    }

    @Override
    public void pauseAssignments(String colonyId, PrivateKey colonyKey) {
        rest.send("PUT", V1 + seg(colonyId) + "/assignments/pause", null, colonyKey);
    }

    @Override
    public void resumeAssignments(String colonyId, PrivateKey colonyKey) {
        rest.send("DELETE", V1 + seg(colonyId) + "/assignments/pause", null, colonyKey);
    }

    @Override
    public PauseStatus pauseStatus(String colonyId, PrivateKey key) {
        return get(V1 + seg(colonyId) + "/assignments/pause", key, PauseStatus.class);
    }

    // --- executors

    @Override
    public Executor addExecutor(Executor executor, PrivateKey colonyKey) {
        return post(V1 + seg(executor.colonyid) + "/executors", executor, colonyKey, Executor.class);
    }

    @Override
    public List<Executor> executors(String colonyId, PrivateKey key) {
        return getList(V1 + seg(colonyId) + "/executors", key, Executor.class);
    }

    @Override
    public Executor executor(String executorId, PrivateKey executorKey) {
        return get(colonyPath(executorKey) + "/executors/" + seg(executorId), executorKey, Executor.class);
    }

    @Override
    public void approveExecutor(String executorId, PrivateKey colonyKey) {
        rest.send("POST", colonyPath(colonyKey) + "/executors/" + seg(executorId) + "/approve", null, colonyKey);
    }

    @Override
    public void rejectExecutor(String executorId, PrivateKey colonyKey) {
        rest.send("POST", colonyPath(colonyKey) + "/executors/" + seg(executorId) + "/reject", null, colonyKey);
    }

    @Override
    public void deleteExecutor(String executorId, PrivateKey colonyKey) {
        rest.send("DELETE", colonyPath(colonyKey) + "/executors/" + seg(executorId), null, colonyKey);
    }

    // --- processes

    @Override
    public Process submit(FunctionSpec spec, String idempotencyKey, PrivateKey executorKey) {
        String colonyId = spec.conditions != null && !spec.conditions.colonyid.isEmpty()
                ? spec.conditions.colonyid : colonyOf(executorKey);
        Map<String, String> headers = idempotencyKey == null || idempotencyKey.isEmpty()
                ? Map.of() : Map.of("Idempotency-Key", idempotencyKey);
        RestTransport.Reply reply = rest.send("POST", V1 + seg(colonyId) + "/processes", WireJson.toJson(spec),
                executorKey, RpcTransport.DEFAULT_REQUEST_TIMEOUT, headers);
        return parse(reply.body(), Process.class);
    }

    /** {@code timeoutSeconds} &le; 0 tries once; REST answers 204 for nothing, which is empty here. */
    @Override
    public Optional<Process> assign(String colonyId, int timeoutSeconds, PrivateKey executorKey) {
        int timeout = Math.max(0, timeoutSeconds);
        RestTransport.Reply reply = rest.send("POST", V1 + seg(colonyId) + "/assignments?timeout=" + timeout, null,
                executorKey, Duration.ofSeconds(timeout).plus(Replies.LONG_POLL_MARGIN), Map.of());
        return reply.hasBody() ? Optional.of(parse(reply.body(), Process.class)) : Optional.empty();
    }

    /**
     * A batch assign: claims up to {@code max} processes (1 to the server's COLONIES_MAX_ASSIGN_BATCH,
     * default 64) with one request and one claim statement. Waits up to {@code timeoutSeconds} (&le; 0
     * tries once) and returns as soon as at least one is claimed; empty when none was.
     */
    public List<Process> assignBatch(String colonyId, int timeoutSeconds, int max, PrivateKey executorKey) {
        int timeout = Math.max(0, timeoutSeconds);
        RestTransport.Reply reply = rest.send("POST", V1 + seg(colonyId) + "/assignments?timeout=" + timeout
                        + "&max=" + max, null, executorKey, Duration.ofSeconds(timeout).plus(Replies.LONG_POLL_MARGIN),
                Map.of());
        if (!reply.hasBody()) {
            return new ArrayList<>();
        }
        List<Process> claimed = parse(reply.body(), JsonTypes.listOf(Process.class));
        return claimed == null ? new ArrayList<>() : claimed;
    }

    /**
     * A batch close of the signer's processes in {@code colonyId}: one request, one transaction. Returns one
     * result per closure in order; a refused closure ({@link CloseResult#refusal()}) never stops the others.
     */
    public List<CloseResult> closeBatch(String colonyId, List<Closure> closures, PrivateKey executorKey) {
        String json = rest.send("POST", V1 + seg(colonyId) + "/processes/closures", WireJson.toJson(closures),
                executorKey).body();
        List<CloseResult> results = parse(json, JsonTypes.listOf(CloseResult.class));
        return results == null ? new ArrayList<>() : results;
    }

    /** As above, in the one colony of the signing key (see {@link #colonyOf}). */
    public List<CloseResult> closeBatch(List<Closure> closures, PrivateKey executorKey) {
        return closeBatch(colonyOf(executorKey), closures, executorKey);
    }

    /** One page of at most {@code count} (1-100) processes in queue order; see {@code docs/rest.md} paging. */
    @Override
    public List<Process> processes(String colonyId, int state, int count, String executorType, PrivateKey key) {
        String query = "?state=" + state + "&limit=" + count
                + (executorType == null || executorType.isEmpty() ? "" : "&executorType=" + seg(executorType));
        ProcessPageBody page = get(V1 + seg(colonyId) + "/processes" + query, key, ProcessPageBody.class);
        return page.items == null ? new ArrayList<>() : page.items;
    }

    /** The JSON of {@code GET …/processes}. */
    public static class ProcessPageBody {
        public List<Process> items = new ArrayList<>();
        public String next;
    }

    @Override
    public List<Process> processHistory(String colonyId, String executorId, long seconds, int state, PrivateKey key) {
        String query = "?state=" + state + "&seconds=" + seconds
                + (executorId == null || executorId.isEmpty() ? "" : "&executorId=" + seg(executorId));
        return getList(V1 + seg(colonyId) + "/processes/history" + query, key, Process.class);
    }

    @Override
    public Process process(String processId, PrivateKey executorKey) {
        return get(processPath(processId, executorKey), executorKey, Process.class);
    }

    @Override
    public void deleteProcess(String processId, PrivateKey executorKey) {
        rest.send("DELETE", processPath(processId, executorKey), null, executorKey);
    }

    @Override
    public void deleteAllProcesses(String colonyId, int state, PrivateKey colonyKey) {
        rest.send("DELETE", V1 + seg(colonyId) + "/processes" + (state < 0 ? "" : "?state=" + state), null, colonyKey);
    }

    @Override
    public void closeSuccessful(String processId, List<?> out, PrivateKey executorKey) {
        rest.send("POST", processPath(processId, executorKey) + "/success",
                WireJson.toJson(Map.of("out", out == null ? List.of() : out)), executorKey);
    }

    @Override
    public void closeFailed(String processId, List<String> errors, PrivateKey executorKey) {
        rest.send("POST", processPath(processId, executorKey) + "/failure",
                WireJson.toJson(Map.of("errors", errors == null ? List.of() : errors)), executorKey);
    }

    @Override
    public Attribute addAttribute(Attribute attribute, PrivateKey executorKey) {
        String colonyId = attribute.targetcolonyid.isEmpty() ? colonyOf(executorKey) : attribute.targetcolonyid;
        return post(V1 + seg(colonyId) + "/processes/" + seg(attribute.targetid) + "/attributes", attribute,
                executorKey, Attribute.class);
    }

    // --- workflows

    @Override
    public ProcessGraph submitWorkflow(WorkflowSpec spec, PrivateKey executorKey) {
        String colonyId = spec.colonyid.isEmpty() ? colonyOf(executorKey) : spec.colonyid;
        return post(V1 + seg(colonyId) + "/workflows", spec, executorKey, ProcessGraph.class);
    }

    @Override
    public ProcessGraph processGraph(String processGraphId, PrivateKey executorKey) {
        return get(colonyPath(executorKey) + "/workflows/" + seg(processGraphId), executorKey, ProcessGraph.class);
    }

    @Override
    public void deleteProcessGraph(String processGraphId, PrivateKey executorKey) {
        rest.send("DELETE", colonyPath(executorKey) + "/workflows/" + seg(processGraphId), null, executorKey);
    }

    // --- plumbing

    /**
     * The one colony in which {@code key} has a role, from {@code GET /v1/whoami}; cached once known.
     *
     * @throws ColoniesException 403 when the key has no role in any colony, 400 when it has several
     */
    public String colonyOf(PrivateKey key) {
        String id = key.id();
        String known = colonyOfKey.get(id);
        if (known != null) {
            return known;
        }
        WhoAmI who = get("/v1/whoami", key, WhoAmI.class);
        List<String> ids = who.colonies == null ? List.of()
                : who.colonies.stream().map(c -> c.colonyid).distinct().toList();
        if (ids.isEmpty()) {
            throw new ColoniesException(403, "Key " + id + " has no role in any colony");
        }
        if (ids.size() > 1) {
            throw new ColoniesException(400, "Key " + id + " has roles in " + ids.size()
                    + " colonies; use a call that names the colony");
        }
        colonyOfKey.put(id, ids.get(0));
        return ids.get(0);
    }

    /** The JSON of {@code GET /v1/whoami} (the fields used here). */
    public static class WhoAmI {
        public String id;
        public boolean serverOwner;
        public List<Role> colonies = new ArrayList<>();

        public static class Role {
            public String colonyid;
            public String role;
        }
    }

    private String colonyPath(PrivateKey key) {
        return V1 + seg(colonyOf(key));
    }

    private String processPath(String processId, PrivateKey key) {
        return colonyPath(key) + "/processes/" + seg(processId);
    }

    /** Ids are hex and names are checked by the server; percent-encode so no value can change the path. */
    private static String seg(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private <T> T get(String path, PrivateKey key, Class<T> type) {
        return parse(rest.send("GET", path, null, key).body(), type);
    }

    private <T> List<T> getList(String path, PrivateKey key, Class<T> element) {
        String json = rest.send("GET", path, null, key).body();
        List<T> list = parse(json, JsonTypes.listOf(element));
        return list == null ? new ArrayList<>() : list;
    }

    private <T> T post(String path, Object body, PrivateKey key, Class<T> type) {
        return parse(rest.send("POST", path, WireJson.toJson(body), key).body(), type);
    }

    private static <T> T parse(String json, Type type) {
        try {
            return WireJson.fromJson(json, type);
        } catch (JsonbException e) {
            String shown = json == null ? "" : json.length() > 200 ? json.substring(0, 200) + "..." : json;
            throw new ColoniesException(0, "Cannot read the server's reply: " + shown);
        }
    }
}
