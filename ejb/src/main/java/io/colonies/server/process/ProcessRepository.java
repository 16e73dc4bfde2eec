package io.colonies.server.process;

import jakarta.inject.Inject;
import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.core.Statistics;
import io.colonies.model.json.WireJson;
import io.colonies.model.security.Hashes;
import io.colonies.server.cluster.ProcessEvents;
import io.colonies.server.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * The one owner of the {@code processes} and {@code attributes} tables: every statement on them is
 * here, state numbers only from {@link ProcessState}. Every statement runs in the caller's container
 * transaction. Transitions are guarded by the expected state (and assignee), so zero rows means "lost
 * the race", never a double transition.
 */
@ApplicationScoped
public class ProcessRepository {
    private static final int WAITING = ProcessState.WAITING;
    private static final int RUNNING = ProcessState.RUNNING;
    private static final int SUCCESS = ProcessState.SUCCESS;
    private static final int FAILED = ProcessState.FAILED;
    private static final int CANCELLED = ProcessState.CANCELLED;
    /** What event routing needs from a set-based UPDATE (see {@link ProcessMapper#routing}). */
    private static final String ROUTING = " RETURNING process_id, state, colony_id, executor_type, processgraph_id,"
            + " target_executor_ids";

    static final String COLUMNS = "process_id, colony_id, executor_type, target_executor_ids, assigned_executor_id,"
            + " is_assigned, state, wait_for_parents, priority_time, submission_time, start_time, end_time,"
            + " wait_deadline, exec_deadline, retries, max_retries, max_exec_time, max_wait_time, processgraph_id,"
            + " funcname, spec, parents, children, input, output, errors";

    /**
     * One statement claims the best waiting process for an executor and announces its RUNNING
     * transition. SKIP LOCKED lets concurrent claimers pass each other instead of queueing on the
     * same row; the executor-id condition is part of the query so a targeted process never hides an
     * eligible one behind it. A paused colony's rows are not claimable: the pause is read here, in the
     * same statement, so it holds on every replica the moment it commits.
     */
    private static final String CLAIM = announcing("UPDATE processes SET state = " + RUNNING + ", is_assigned = true,"
            + " assigned_executor_id = ?, start_time = ?, exec_deadline = CASE WHEN max_exec_time > 0"
            + " THEN ?::timestamptz + max_exec_time * interval '1 second' END"
            + " WHERE process_id = (SELECT process_id FROM processes"
            + "   WHERE state = " + WAITING + " AND NOT wait_for_parents AND colony_id = ? AND executor_type = ?"
            + "   AND (cardinality(target_executor_ids) = 0 OR ? = ANY (target_executor_ids))"
            + "   AND " + AssignmentPauseStore.UNPAUSED
            + "   ORDER BY priority_time LIMIT 1 FOR UPDATE SKIP LOCKED)");

    /**
     * {@link #CLAIM} for up to {@code n} processes in one statement (a batch assign): the same
     * eligibility, derived from it so both claims always agree, with {@code LIMIT ?} as last parameter.
     */
    private static final String CLAIM_UP_TO = upTo(CLAIM);

    private static String upTo(String claimOne) {
        String many = claimOne.replace("WHERE process_id = (SELECT", "WHERE process_id IN (SELECT")
                .replace("LIMIT 1 FOR UPDATE SKIP LOCKED", "LIMIT ? FOR UPDATE SKIP LOCKED");
        if (many.equals(claimOne)) {
            throw new IllegalStateException("The single claim changed shape; adapt CLAIM_UP_TO");
        }
        return many;
    }

    @Inject
    Sql sql;

    public ProcessRepository() {
        // for CDI
    }

    /** Over a given {@link Sql}, for tests of the exact SQL against PostgreSQL. */
    public ProcessRepository(Sql sql) {
        this.sql = sql;
    }

    private static final String INSERT = "INSERT INTO processes (process_id, colony_id, executor_type,"
            + " target_executor_ids, state, wait_for_parents, priority_time, submission_time, wait_deadline, max_retries,"
            + " max_exec_time, max_wait_time, processgraph_id, funcname, spec, parents, children, input, idempotency_key)"
            + " VALUES (?, ?, ?, ?, " + WAITING + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            // A concurrent retry with the same idempotency key waits here for the first and then adds nothing.
            + " ON CONFLICT (colony_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING";

    /** Stores a workflow node; its WAITING event, if any, is the caller's business. */
    public void insert(ProcessDraft d, String colonyId) {
        sql.update(INSERT, insertParameters(d, colonyId));
        insertEnvironment(d, colonyId);
    }

    /**
     * Stores a standalone process and announces it as WAITING, returning the stored row, all in one
     * statement when the spec has no environment. Returns null when a process with the same
     * idempotency key exists.
     */
    public Process insertAndAnnounce(ProcessDraft d, String colonyId) {
        Process stored = sql.queryOne(announcing(INSERT), ProcessMapper::map, insertParameters(d, colonyId));
        if (stored == null) {
            return null;
        }
        insertEnvironment(d, colonyId);
        return d.spec.env.isEmpty() ? stored : withAttributes(stored);
    }

    private static Object[] insertParameters(ProcessDraft d, String colonyId) {
        var spec = d.spec;
        return new Object[] {d.id, colonyId, spec.conditions.executortype, Sql.textArray(spec.conditions.executorids),
            d.waitForParents, d.priorityTime(), d.submittedAt, d.waitDeadline(), spec.maxretries, spec.maxexectime,
            spec.maxwaittime, d.graphId, spec.funcname, WireJson.toJson(spec), Sql.textArray(d.parents),
            Sql.textArray(d.children), WireJson.toJson(d.input), d.idempotencyKey};
    }

    private void insertEnvironment(ProcessDraft d, String colonyId) {
        for (Entry<String, String> env : d.spec.env.entrySet()) {
            insertAttribute(d.id, colonyId, d.graphId, Attribute.ENV, env.getKey(), env.getValue(), d.submittedAt);
        }
    }

    public Process claim(String colonyId, String executorType, String executorId, Instant now) {
        return sql.queryOne(CLAIM, ProcessMapper::map, executorId, now, now, colonyId, executorType, executorId,
                colonyId);
    }

    /** Up to {@code max} processes for one executor in one statement, in service order. */
    public List<Process> claimUpTo(String colonyId, String executorType, String executorId, Instant now, int max) {
        // the single claim's parameters (the pause check names the colony once more), then the limit
        List<Process> claimed = sql.query(CLAIM_UP_TO, ProcessMapper::map, executorId, now, now, colonyId,
                executorType, executorId, colonyId, max);
        claimed.sort(Comparator.comparingLong((Process p) -> p.prioritytime).thenComparing(p -> p.processid));
        return claimed;
    }

    /** The processes among {@code processIds} that exist, in no particular order. */
    public List<Process> findAll(List<String> processIds) {
        return sql.query("SELECT " + COLUMNS + " FROM processes WHERE process_id = ANY (?)", ProcessMapper::map,
                Sql.textArray(processIds));
    }

    public Process find(String processId) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM processes WHERE process_id = ?", ProcessMapper::map, processId);
    }

    public Process findByIdempotencyKey(String colonyId, String key) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM processes WHERE colony_id = ? AND idempotency_key = ?",
                ProcessMapper::map, colonyId, key);
    }

    public String colonyOf(String processId) {
        return sql.queryOne("SELECT colony_id FROM processes WHERE process_id = ?", rs -> rs.getString(1), processId);
    }

    public List<Process> list(String colonyId, int state, String executorType, int count) {
        if (executorType == null || executorType.isEmpty()) {
            return sql.query("SELECT " + COLUMNS + " FROM processes WHERE colony_id = ? AND state = ?"
                    + " ORDER BY priority_time LIMIT ?", ProcessMapper::map, colonyId, state, count);
        }
        return sql.query("SELECT " + COLUMNS + " FROM processes WHERE colony_id = ? AND state = ? AND executor_type = ?"
                + " ORDER BY priority_time LIMIT ?", ProcessMapper::map, colonyId, state, executorType, count);
    }

    /**
     * One page of a listing in service order, after the (priority time, id) of the previous page's
     * last row: a keyset, so pages neither skip nor repeat rows when earlier rows leave the state.
     */
    public List<Process> listAfter(String colonyId, int state, String executorType, long afterPriorityTime,
                                   String afterId, int count) {
        boolean anyType = executorType == null || executorType.isEmpty();
        return sql.query("SELECT " + COLUMNS + " FROM processes WHERE colony_id = ? AND state = ?"
                + " AND (? OR executor_type = ?) AND (priority_time, process_id) > (?, ?)"
                + " ORDER BY priority_time, process_id LIMIT ?", ProcessMapper::map, colonyId, state, anyType,
                anyType ? "" : executorType, afterPriorityTime, afterId, count);
    }

    public List<Process> history(String colonyId, String executorId, Instant since, int state) {
        if (executorId == null || executorId.isEmpty()) {
            return sql.query("SELECT " + COLUMNS + " FROM processes WHERE colony_id = ? AND state = ?"
                    + " AND submission_time >= ? ORDER BY submission_time", ProcessMapper::map, colonyId, state, since);
        }
        return sql.query("SELECT " + COLUMNS + " FROM processes WHERE colony_id = ? AND state = ?"
                + " AND submission_time >= ? AND assigned_executor_id = ? ORDER BY submission_time",
                ProcessMapper::map, colonyId, state, since, executorId);
    }

    /**
     * Success may be repeated by the assignee (reference behaviour); never after a failure. The same
     * statement returns the closed row and announces the change, so a close costs one round trip.
     * Returns null when the guard refused the close.
     */
    public Process closeSuccessful(String processId, String executorId, List<Object> out, Instant now) {
        boolean hasOutput = out != null && !out.isEmpty();
        return sql.queryOne(announcing("UPDATE processes SET state = " + SUCCESS + ", end_time = ?,"
                        + " output = CASE WHEN ? THEN ? ELSE output END"
                        + " WHERE process_id = ? AND assigned_executor_id = ? AND state IN (" + RUNNING + ", "
                        + SUCCESS + ")"),
                ProcessMapper::map, now, hasOutput, hasOutput ? WireJson.toJson(out) : "[]", processId, executorId);
    }

    /** Like {@link #closeSuccessful}: one statement, null when refused. */
    public Process closeFailed(String processId, String executorId, List<String> errors, Instant now) {
        return sql.queryOne(announcing("UPDATE processes SET state = " + FAILED + ", end_time = ?, errors = ?"
                        + " WHERE process_id = ? AND assigned_executor_id = ? AND state = " + RUNNING),
                ProcessMapper::map, now, WireJson.toJson(errors == null ? List.of() : errors), processId, executorId);
    }

    /**
     * Many closes in one statement (close coalescing, see {@link CloseCoalescer}): each element is
     * guarded like {@link #closeSuccessful} or {@link #closeFailed} by its own assignee and state (and by
     * its scope's colony when it names one: a REST path's colony), and
     * every closed row is returned and announced. The rows travel as parallel arrays through
     * {@code unnest}, so every batch size shares one statement text and one prepared plan. Process
     * ids must be distinct. Rows whose guard refused the close are simply absent from the result.
     */
    public List<Process> closeAll(List<CloseRequest> closes, Instant now) {
        List<String> ids = new ArrayList<>(closes.size());
        List<String> executors = new ArrayList<>(closes.size());
        List<String> successes = new ArrayList<>(closes.size());
        List<String> outputs = new ArrayList<>(closes.size());
        List<String> errors = new ArrayList<>(closes.size());
        List<String> colonies = new ArrayList<>(closes.size());
        for (CloseRequest close : closes) {
            ids.add(close.processId().value());
            colonies.add(close.scope().colony() == null ? null : close.scope().colony().value()); // null: any colony
            executors.add(close.caller().id());
            successes.add(close.success() ? "t" : "f");
            boolean hasOutput = close.success() && close.out() != null && !close.out().isEmpty();
            outputs.add(hasOutput ? WireJson.toJson(close.out()) : null); // null keeps the stored output
            errors.add(close.success() ? null : WireJson.toJson(close.errors() == null ? List.of() : close.errors()));
        }
        return sql.query(CLOSE_ALL, ProcessMapper::map, now, Sql.textArray(ids), Sql.textArray(executors),
                Sql.textArray(successes), Sql.textArray(outputs), Sql.textArray(errors), Sql.textArray(colonies));
    }

    private static final String CLOSE_ALL = announcing("UPDATE processes SET"
            + " state = CASE WHEN c.ok THEN " + SUCCESS + " ELSE " + FAILED + " END, end_time = ?,"
            + " output = COALESCE(c.new_output, processes.output), errors = COALESCE(c.new_errors, processes.errors)"
            + " FROM unnest(?::text[], ?::text[], ?::text[]::boolean[], ?::text[], ?::text[], ?::text[])"
            + "   AS c(id, executor, ok, new_output, new_errors, colony)"
            + " WHERE processes.process_id = c.id AND processes.assigned_executor_id = c.executor"
            + " AND (c.colony IS NULL OR processes.colony_id = c.colony)"
            + " AND (processes.state = " + RUNNING + " OR c.ok AND processes.state = " + SUCCESS + ")")
            .replace(" RETURNING " + COLUMNS, " RETURNING " + qualified("processes", COLUMNS));

    private static String qualified(String table, String columns) {
        return table + "." + columns.replace(", ", ", " + table + ".");
    }

    /**
     * Wraps a single-row INSERT or UPDATE so that it returns the row and publishes its state to
     * every replica ({@code pg_notify}, delivered on commit) in the same statement.
     */
    static String announcing(String update) {
        return "WITH changed AS (" + update + " RETURNING " + COLUMNS + ")"
                + " SELECT changed.*, pg_notify('" + ProcessEvents.CHANNEL + "', concat_ws(chr(31), state::text,"
                + " colony_id, executor_type, process_id,"
                + " CASE WHEN cardinality(target_executor_ids) > 0 THEN '1' ELSE '0' END)) FROM changed";
    }

    /** Puts a claimed process back, e.g. when its long-poll client vanished before the reply was written. */
    public boolean release(String processId, String executorId) {
        return sql.update("UPDATE processes SET state = " + WAITING + ", is_assigned = false, assigned_executor_id = '',"
                + " start_time = NULL, exec_deadline = NULL"
                + " WHERE process_id = ? AND assigned_executor_id = ? AND state = " + RUNNING, processId, executorId) == 1;
    }

    /**
     * The assignee hands a running process back: WAITING again with its priority time (its queue
     * position) and retries untouched, announced like a submit so parked long-polls on every replica
     * recheck. Null when the process is not RUNNING under this executor.
     */
    public Process unassign(String processId, String executorId) {
        return sql.queryOne(announcing("UPDATE processes SET state = " + WAITING + ", is_assigned = false,"
                + " assigned_executor_id = '', start_time = NULL, exec_deadline = NULL"
                + " WHERE process_id = ? AND assigned_executor_id = ? AND state = " + RUNNING),
                ProcessMapper::map, processId, executorId);
    }

    /** Every process an executor is running goes back to the queue, keeping its retries (PROTOCOL §5.3). */
    public List<Process> requeueRunningOf(String executorId) {
        return sql.query("UPDATE processes SET state = " + WAITING + ", is_assigned = false, assigned_executor_id = '',"
                + " start_time = NULL, end_time = NULL, exec_deadline = NULL"
                + " WHERE assigned_executor_id = ? AND state = " + RUNNING + " RETURNING " + COLUMNS,
                ProcessMapper::map, executorId);
    }

    // ---- cancel (today's Colonies cancelprocessmsg / cancelprocessgraphmsg) ------------------------

    /**
     * A waiting or running process ends CANCELLED and is announced; a running one keeps its assignee,
     * whose next close or attribute is then refused as cancelled. Deadline scans, requeues and claims
     * only touch WAITING or RUNNING rows, so nothing brings it back. Null when it was already finished.
     */
    public Process cancel(String processId, Instant now) {
        return sql.queryOne(announcing("UPDATE processes SET state = " + CANCELLED + ", end_time = ?,"
                + " exec_deadline = NULL, wait_deadline = NULL"
                + " WHERE process_id = ? AND state IN (" + WAITING + ", " + RUNNING + ")"), ProcessMapper::map, now,
                processId);
    }

    /** Every unfinished process of a graph ends CANCELLED; returns their routing fields for the events. */
    public List<Process> cancelUnfinishedInGraph(String graphId, Instant now) {
        return sql.query("UPDATE processes SET state = " + CANCELLED + ", end_time = ?, exec_deadline = NULL,"
                + " wait_deadline = NULL WHERE processgraph_id = ? AND state IN (" + WAITING + ", " + RUNNING + ")"
                + ROUTING, ProcessMapper::routing, now, graphId);
    }

    // ---- deadlines (PROTOCOL §6.5): set-based, SKIP LOCKED, so a racing close either wins or is refused --

    /** Overdue running processes whose retries are used up fail; returns their routing fields. */
    public List<Process> failOverdue(Instant now, String errorsJson, int batch) {
        return sql.query("UPDATE processes SET state = " + FAILED + ", end_time = ?, errors = ?"
                + " WHERE process_id IN (SELECT process_id FROM processes WHERE state = " + RUNNING
                + "   AND exec_deadline IS NOT NULL AND exec_deadline < ?"
                + "   AND max_retries > -1 AND retries >= max_retries LIMIT ? FOR UPDATE SKIP LOCKED)"
                + ROUTING, ProcessMapper::routing, now, errorsJson, now, batch);
    }

    /** Other overdue running processes go back to the queue, keeping their priority time. */
    public List<Process> requeueOverdue(Instant now, int batch) {
        return sql.query("UPDATE processes SET state = " + WAITING + ", is_assigned = false,"
                + " assigned_executor_id = '', retries = retries + 1, end_time = ?, exec_deadline = NULL,"
                + " wait_deadline = CASE WHEN max_wait_time > 0 THEN ?::timestamptz + max_wait_time * interval '1 second'"
                + "   ELSE wait_deadline END"
                + " WHERE process_id IN (SELECT process_id FROM processes WHERE state = " + RUNNING
                + "   AND exec_deadline IS NOT NULL AND exec_deadline < ? LIMIT ? FOR UPDATE SKIP LOCKED)"
                + ROUTING, ProcessMapper::routing, now, now, now, batch);
    }

    /** Processes waiting past their deadline fail. */
    public List<Process> expireWaiting(Instant now, String errorsJson, int batch) {
        return sql.query("UPDATE processes SET state = " + FAILED + ", end_time = ?, errors = ?"
                + " WHERE process_id IN (SELECT process_id FROM processes WHERE state = " + WAITING
                + "   AND wait_deadline IS NOT NULL AND wait_deadline < ? LIMIT ? FOR UPDATE SKIP LOCKED)"
                + ROUTING, ProcessMapper::routing, now, errorsJson, now, batch);
    }

    // ---- graph members (PROTOCOL §6.7); the caller holds the graph row lock -----------------------

    public List<Process> inGraph(String graphId) {
        return sql.query("SELECT " + COLUMNS + " FROM processes WHERE processgraph_id = ? ORDER BY submission_time,"
                + " process_id", ProcessMapper::map, graphId);
    }

    /** The parents' outputs concatenated in {@code parents} order, the input of their child. */
    public List<Object> outputsOf(List<String> parentIds) {
        Map<String, String> outputs = new HashMap<>();
        for (String[] row : sql.query("SELECT process_id, output FROM processes WHERE process_id = ANY (?)",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, Sql.textArray(parentIds))) {
            outputs.put(row[0], row[1]);
        }
        List<Object> in = new ArrayList<>();
        for (String parentId : parentIds) {
            String out = outputs.get(parentId);
            if (out != null) {
                in.addAll(ProcessMapper.jsonList(out));
            }
        }
        return in;
    }

    public void setInput(String processId, List<Object> in) {
        sql.update("UPDATE processes SET input = ? WHERE process_id = ?", WireJson.toJson(in), processId);
    }

    /**
     * A waiting child becomes assignable once none of its parents is unfinished or failed; returns its
     * routing fields when this call released it, else null.
     */
    public Process releaseIfParentsSucceeded(String childId) {
        return sql.queryOne("UPDATE processes c SET wait_for_parents = false"
                + " WHERE c.process_id = ? AND c.wait_for_parents AND c.state = " + WAITING
                + " AND NOT EXISTS (SELECT 1 FROM processes p WHERE p.process_id = ANY (c.parents) AND p.state <> "
                + SUCCESS + ")"
                + " RETURNING c.process_id, c.state, c.colony_id, c.executor_type, c.target_executor_ids,"
                + " c.processgraph_id", ProcessMapper::routing, childId);
    }

    /** Every waiting descendant of a failed process fails with {@code errorsJson}; returns how many. */
    public int failWaitingDescendants(String processId, Instant now, String errorsJson) {
        return sql.update("WITH RECURSIVE descendants(id) AS ("
                + "   SELECT unnest(children) FROM processes WHERE process_id = ?"
                + "   UNION SELECT unnest(p.children) FROM processes p JOIN descendants d ON p.process_id = d.id)"
                + " UPDATE processes SET state = " + FAILED + ", end_time = ?, errors = ?"
                + " WHERE process_id IN (SELECT id FROM descendants) AND state = " + WAITING, processId, now,
                errorsJson);
    }

    /** How many of a graph's processes are in each state, indexed by state (waiting … cancelled). */
    public long[] countByStateInGraph(String graphId) {
        long[] counts = new long[CANCELLED + 1];
        for (long[] row : sql.query("SELECT state, count(*) FROM processes WHERE processgraph_id = ? GROUP BY state",
                rs -> new long[] {rs.getInt(1), rs.getLong(2)}, graphId)) {
            counts[(int) row[0]] = row[1];
        }
        return counts;
    }

    public void replaceParent(String processId, String oldParent, String newParent) {
        sql.update("UPDATE processes SET parents = array_replace(parents, ?, ?) WHERE process_id = ?",
                oldParent, newParent, processId);
    }

    public void setChildren(String processId, List<String> children) {
        sql.update("UPDATE processes SET children = ? WHERE process_id = ?", Sql.textArray(children), processId);
    }

    public void addChild(String processId, String childId) {
        sql.update("UPDATE processes SET children = array_append(children, ?) WHERE process_id = ?", childId, processId);
    }

    public void addParent(String processId, String parentId) {
        sql.update("UPDATE processes SET parents = array_append(parents, ?), wait_for_parents = true"
                + " WHERE process_id = ? AND state = " + WAITING, parentId, processId);
    }

    // ---- deletion -------------------------------------------------------------------------------

    public int delete(String processId) {
        return sql.update("DELETE FROM processes WHERE process_id = ?", processId);
    }

    /** Standalone processes only; graph members go with their graph (PROTOCOL §5.5). */
    public int deleteAll(String colonyId, int state) {
        if (state == ProcessState.NOTSET) {
            return sql.update("DELETE FROM processes WHERE colony_id = ? AND processgraph_id = ''", colonyId);
        }
        return sql.update("DELETE FROM processes WHERE colony_id = ? AND processgraph_id = '' AND state = ?",
                colonyId, state);
    }

    public void deleteInGraph(String graphId) {
        sql.update("DELETE FROM processes WHERE processgraph_id = ?", graphId);
    }

    public void deleteInGraphs(List<String> graphIds) {
        sql.update("DELETE FROM processes WHERE processgraph_id = ANY (?)", Sql.textArray(graphIds));
    }

    /** Graph members of a colony, in one state or all ({@link ProcessState#NOTSET}). */
    public void deleteAllInGraphs(String colonyId, int state) {
        if (state == ProcessState.NOTSET) {
            sql.update("DELETE FROM processes WHERE colony_id = ? AND processgraph_id <> ''", colonyId);
        } else {
            sql.update("DELETE FROM processes WHERE colony_id = ? AND processgraph_id <> '' AND state = ?",
                    colonyId, state);
        }
    }

    /**
     * Retention: one batch of successful standalone processes submitted before {@code cutoff}; their
     * attributes go with them (foreign key cascade). Rows someone else has locked wait for a later pass.
     */
    public int deleteSuccessfulStandalone(Instant cutoff, int batch) {
        return sql.update("DELETE FROM processes WHERE process_id IN (SELECT process_id FROM processes"
                + " WHERE state = " + SUCCESS + " AND processgraph_id = '' AND submission_time < ? LIMIT ?"
                + " FOR UPDATE SKIP LOCKED)", cutoff, batch);
    }

    public void deleteAllInColony(String colonyId) {
        sql.update("DELETE FROM processes WHERE colony_id = ?", colonyId);
    }

    public void countByState(String colonyIdOrNull, Statistics stats) {
        List<long[]> rows = colonyIdOrNull == null
                ? sql.query("SELECT state, count(*) FROM processes GROUP BY state",
                        rs -> new long[] {rs.getInt(1), rs.getLong(2)})
                : sql.query("SELECT state, count(*) FROM processes WHERE colony_id = ? GROUP BY state",
                        rs -> new long[] {rs.getInt(1), rs.getLong(2)}, colonyIdOrNull);
        for (long[] row : rows) {
            switch ((int) row[0]) {
                case ProcessState.WAITING -> stats.waitingprocesses = row[1];
                case ProcessState.RUNNING -> stats.runningprocesses = row[1];
                case ProcessState.SUCCESS -> stats.successfulprocesses = row[1];
                case ProcessState.FAILED -> stats.failedprocesses = row[1];
                default -> { }
            }
        }
    }

    // ---- attributes --------------------------------------------------------------------------

    /** Attribute ids are SHA3-256 of target id, key and type, so a duplicate is a conflict (PROTOCOL §2.8). */
    public static String attributeId(String targetId, String key, int type) {
        return Hashes.sha3Hex(targetId + key + type);
    }

    public String insertAttribute(String targetId, String colonyId, String graphId, int type, String key,
                                  String value, Instant now) {
        String id = attributeId(targetId, key, type);
        sql.update("INSERT INTO attributes (attribute_id, target_id, target_colony_id, processgraph_id, attribute_type,"
                + " key, value, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, targetId, colonyId, graphId, type, key,
                value, now);
        return id;
    }

    public Attribute findAttribute(String attributeId) {
        return sql.queryOne("SELECT a.*, p.state AS process_state FROM attributes a JOIN processes p"
                + " ON p.process_id = a.target_id WHERE a.attribute_id = ?", ProcessMapper::attribute, attributeId);
    }

    public int deleteAttribute(String attributeId) {
        return sql.update("DELETE FROM attributes WHERE attribute_id = ?", attributeId);
    }

    /** Fills {@code attributes} of each process with one query. */
    public <T extends Process> List<T> withAttributes(List<T> processes) {
        if (processes.isEmpty()) {
            return processes;
        }
        Map<String, Process> byId = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (Process p : processes) {
            byId.put(p.processid, p);
            ids.add(p.processid);
            p.attributes = new ArrayList<>();
        }
        // The processes are in hand, so their attributes' state comes from them, not from a join.
        for (Attribute a : sql.query("SELECT a.*, 0 AS process_state FROM attributes a WHERE a.target_id = ANY (?)"
                + " ORDER BY a.added, a.key", ProcessMapper::attribute, Sql.textArray(ids))) {
            Process owner = byId.get(a.targetid);
            a.state = owner.state;
            owner.attributes.add(a);
        }
        return processes;
    }

    public Process withAttributes(Process process) {
        if (process != null) {
            withAttributes(List.of(process));
        }
        return process;
    }
}
