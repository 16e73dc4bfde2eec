package io.colonies.server.workflow;

import jakarta.inject.Inject;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import io.colonies.model.core.Statistics;
import io.colonies.model.json.GoTime;
import io.colonies.server.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The one owner of the {@code process_graphs} table; its members' rows belong to the process store.
 * State numbers only from {@link ProcessState}.
 */
@ApplicationScoped
public class ProcessGraphRepository {
    private static final int WAITING = ProcessState.WAITING;
    private static final int RUNNING = ProcessState.RUNNING;
    private static final int SUCCESS = ProcessState.SUCCESS;

    @Inject
    Sql sql;

    public ProcessGraphRepository() {
        // for CDI
    }

    /** Over a given {@link Sql}, for tests of the exact SQL against PostgreSQL. */
    public ProcessGraphRepository(Sql sql) {
        this.sql = sql;
    }

    public void insert(String graphId, String colonyId, List<String> rootIds, Instant now) {
        sql.update("INSERT INTO process_graphs (processgraph_id, colony_id, root_ids, state, submission_time)"
                + " VALUES (?, ?, ?, " + WAITING + ", ?)", graphId, colonyId, Sql.textArray(rootIds), now);
    }

    /** Serialises changes to one graph's structure and states across replicas (see {@link GraphProgress}). */
    public void lock(String graphId) {
        sql.query("SELECT 1 FROM process_graphs WHERE processgraph_id = ? FOR UPDATE", rs -> null, graphId);
    }

    /** A waiting graph starts running (its first process was assigned or finished). */
    public void markRunning(String graphId, Instant now) {
        sql.update("UPDATE process_graphs SET state = " + RUNNING + ", start_time = COALESCE(start_time, ?)"
                + " WHERE processgraph_id = ? AND state = " + WAITING, now, graphId);
    }

    /** A graph reaches its final state; a graph that never started gets its start time too. */
    public void finish(String graphId, int state, Instant now) {
        sql.update("UPDATE process_graphs SET state = ?, end_time = ?, start_time = COALESCE(start_time, ?)"
                + " WHERE processgraph_id = ? AND state <> ?", state, now, now, graphId, state);
    }

    public ProcessGraph find(String graphId) {
        return sql.queryOne("SELECT * FROM process_graphs WHERE processgraph_id = ?", ProcessGraphRepository::map,
                graphId);
    }

    public List<ProcessGraph> list(String colonyId, int state, int count) {
        return sql.query("SELECT * FROM process_graphs WHERE colony_id = ? AND state = ?"
                + " ORDER BY submission_time DESC LIMIT ?", ProcessGraphRepository::map, colonyId, state, count);
    }

    /** The graph row only; its processes are deleted through the process store first. */
    public int delete(String graphId) {
        return sql.update("DELETE FROM process_graphs WHERE processgraph_id = ?", graphId);
    }

    /** Graph rows of a colony by graph state, or all ({@link ProcessState#NOTSET}). */
    public void deleteAll(String colonyId, int state) {
        if (state == ProcessState.NOTSET) {
            sql.update("DELETE FROM process_graphs WHERE colony_id = ?", colonyId);
        } else {
            sql.update("DELETE FROM process_graphs WHERE colony_id = ? AND state = ?", colonyId, state);
        }
    }

    /** Retention: locks one batch of successful graphs submitted before {@code cutoff}, skipping locked ones. */
    public List<String> lockSuccessfulBefore(Instant cutoff, int batch) {
        return sql.query("SELECT processgraph_id FROM process_graphs WHERE state = " + SUCCESS
                + " AND submission_time < ? LIMIT ? FOR UPDATE SKIP LOCKED", rs -> rs.getString(1), cutoff, batch);
    }

    public int deleteAll(List<String> graphIds) {
        return sql.update("DELETE FROM process_graphs WHERE processgraph_id = ANY (?)", Sql.textArray(graphIds));
    }

    public void deleteAllInColony(String colonyId) {
        sql.update("DELETE FROM process_graphs WHERE colony_id = ?", colonyId);
    }

    public void countByState(String colonyIdOrNull, Statistics stats) {
        List<long[]> rows = colonyIdOrNull == null
                ? sql.query("SELECT state, count(*) FROM process_graphs GROUP BY state",
                        rs -> new long[] {rs.getInt(1), rs.getLong(2)})
                : sql.query("SELECT state, count(*) FROM process_graphs WHERE colony_id = ? GROUP BY state",
                        rs -> new long[] {rs.getInt(1), rs.getLong(2)}, colonyIdOrNull);
        for (long[] row : rows) {
            switch ((int) row[0]) {
                case ProcessState.WAITING -> stats.waitingworkflows = row[1];
                case ProcessState.RUNNING -> stats.runningworkflows = row[1];
                case ProcessState.SUCCESS -> stats.successfulworkflows = row[1];
                case ProcessState.FAILED -> stats.failedworkflows = row[1];
                default -> { }
            }
        }
    }

    private static ProcessGraph map(ResultSet rs) throws SQLException {
        ProcessGraph g = new ProcessGraph();
        g.processgraphid = rs.getString("processgraph_id");
        g.colonyid = rs.getString("colony_id");
        g.rootprocessids = Sql.strings(rs, "root_ids");
        g.state = rs.getInt("state");
        g.submissiontime = GoTime.orZero(Sql.instant(rs, "submission_time"));
        g.starttime = GoTime.orZero(Sql.instant(rs, "start_time"));
        g.endtime = GoTime.orZero(Sql.instant(rs, "end_time"));
        return g;
    }
}
