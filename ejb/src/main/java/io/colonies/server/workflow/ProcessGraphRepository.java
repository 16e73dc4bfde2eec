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

/** SQL of {@code process_graphs}. */
@ApplicationScoped
public class ProcessGraphRepository {
    @Inject
    Sql sql;



    public void insert(String graphId, String colonyId, List<String> rootIds, Instant now) {
        sql.update("INSERT INTO process_graphs (processgraph_id, colony_id, root_ids, state, submission_time)"
                + " VALUES (?, ?, ?, 0, ?)", graphId, colonyId, Sql.textArray(rootIds), now);
    }

    public ProcessGraph find(String graphId) {
        return sql.queryOne("SELECT * FROM process_graphs WHERE processgraph_id = ?", ProcessGraphRepository::map,
                graphId);
    }

    public List<ProcessGraph> list(String colonyId, int state, int count) {
        return sql.query("SELECT * FROM process_graphs WHERE colony_id = ? AND state = ?"
                + " ORDER BY submission_time DESC LIMIT ?", ProcessGraphRepository::map, colonyId, state, count);
    }

    public int delete(String graphId) {
        sql.update("DELETE FROM processes WHERE processgraph_id = ?", graphId);
        return sql.update("DELETE FROM process_graphs WHERE processgraph_id = ?", graphId);
    }

    /** As the reference: by graph state for graphs, by process state for their processes (PROTOCOL §5.7). */
    public void deleteAll(String colonyId, int state) {
        if (state == ProcessState.NOTSET) {
            sql.update("DELETE FROM processes WHERE colony_id = ? AND processgraph_id <> ''", colonyId);
            sql.update("DELETE FROM process_graphs WHERE colony_id = ?", colonyId);
            return;
        }
        sql.update("DELETE FROM processes WHERE colony_id = ? AND processgraph_id <> '' AND state = ?", colonyId, state);
        sql.update("DELETE FROM process_graphs WHERE colony_id = ? AND state = ?", colonyId, state);
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
