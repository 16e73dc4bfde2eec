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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * SQL of the process queue. Every statement runs in the caller's container transaction. Transitions
 * are guarded by the expected state (and assignee), so zero rows means "lost the race", never a
 * double transition.
 */
@ApplicationScoped
public class ProcessRepository {
    static final String COLUMNS = "process_id, colony_id, executor_type, target_executor_ids, assigned_executor_id,"
            + " is_assigned, state, wait_for_parents, priority_time, submission_time, start_time, end_time,"
            + " wait_deadline, exec_deadline, retries, max_retries, max_exec_time, max_wait_time, processgraph_id,"
            + " funcname, spec, parents, children, input, output, errors";

    /**
     * One statement claims the best waiting process for an executor and announces its RUNNING
     * transition. SKIP LOCKED lets concurrent claimers pass each other instead of queueing on the
     * same row; the executor-id condition is part of the query so a targeted process never hides an
     * eligible one behind it.
     */
    private static final String CLAIM = announcing("UPDATE processes SET state = 1, is_assigned = true,"
            + " assigned_executor_id = ?, start_time = ?, exec_deadline = CASE WHEN max_exec_time > 0"
            + " THEN ?::timestamptz + max_exec_time * interval '1 second' END"
            + " WHERE process_id = (SELECT process_id FROM processes"
            + "   WHERE state = 0 AND NOT wait_for_parents AND colony_id = ? AND executor_type = ?"
            + "   AND (cardinality(target_executor_ids) = 0 OR ? = ANY (target_executor_ids))"
            + "   ORDER BY priority_time LIMIT 1 FOR UPDATE SKIP LOCKED)");

    @Inject
    Sql sql;



    private static final String INSERT = "INSERT INTO processes (process_id, colony_id, executor_type,"
            + " target_executor_ids, state, wait_for_parents, priority_time, submission_time, wait_deadline, max_retries,"
            + " max_exec_time, max_wait_time, processgraph_id, funcname, spec, parents, children, input, idempotency_key)"
            + " VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
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
        return sql.queryOne(CLAIM, ProcessMapper::map, executorId, now, now, colonyId, executorType, executorId);
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
        return sql.queryOne(announcing("UPDATE processes SET state = 2, end_time = ?,"
                        + " output = CASE WHEN ? THEN ? ELSE output END"
                        + " WHERE process_id = ? AND assigned_executor_id = ? AND state IN (1, 2)"),
                ProcessMapper::map, now, hasOutput, hasOutput ? WireJson.toJson(out) : "[]", processId, executorId);
    }

    /** Like {@link #closeSuccessful}: one statement, null when refused. */
    public Process closeFailed(String processId, String executorId, List<String> errors, Instant now) {
        return sql.queryOne(announcing("UPDATE processes SET state = 3, end_time = ?, errors = ?"
                        + " WHERE process_id = ? AND assigned_executor_id = ? AND state = 1"),
                ProcessMapper::map, now, WireJson.toJson(errors == null ? List.of() : errors), processId, executorId);
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
        return sql.update("UPDATE processes SET state = 0, is_assigned = false, assigned_executor_id = '',"
                + " start_time = NULL, exec_deadline = NULL"
                + " WHERE process_id = ? AND assigned_executor_id = ? AND state = 1", processId, executorId) == 1;
    }

    /** Every process an executor is running goes back to the queue, keeping its retries (PROTOCOL §5.3). */
    public List<Process> requeueRunningOf(String executorId) {
        return sql.query("UPDATE processes SET state = 0, is_assigned = false, assigned_executor_id = '',"
                + " start_time = NULL, end_time = NULL, exec_deadline = NULL"
                + " WHERE assigned_executor_id = ? AND state = 1 RETURNING " + COLUMNS, ProcessMapper::map, executorId);
    }

    public List<Process> inGraph(String graphId) {
        return sql.query("SELECT " + COLUMNS + " FROM processes WHERE processgraph_id = ? ORDER BY submission_time,"
                + " process_id", ProcessMapper::map, graphId);
    }

    /** Serialises changes to one graph's structure and states across replicas. */
    public void lockGraph(String graphId) {
        sql.query("SELECT 1 FROM process_graphs WHERE processgraph_id = ? FOR UPDATE", rs -> null, graphId);
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
                + " WHERE process_id = ? AND state = 0", parentId, processId);
    }

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
