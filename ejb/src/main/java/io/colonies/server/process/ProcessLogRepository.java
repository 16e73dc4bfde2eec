package io.colonies.server.process;

import io.colonies.model.core.Log;
import io.colonies.server.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The one owner of the {@code process_logs} table; statements run in the caller's transaction. */
@ApplicationScoped
public class ProcessLogRepository {
    /** What an add needs to decide, read with the process row locked so adds of one process queue up. */
    public record Target(String colonyId, int state, String assignee) {
    }

    /** Bytes so far and the last timestamp of a process's log. */
    public record Usage(long bytes, long lastTimestamp) {
    }

    @Inject
    Sql sql;

    public ProcessLogRepository() {
        // for CDI
    }

    /** Over a given {@link Sql}, for tests of the exact SQL against PostgreSQL. */
    public ProcessLogRepository(Sql sql) {
        this.sql = sql;
    }

    public Target lockTarget(String processId) {
        return sql.queryOne("SELECT colony_id, state, assigned_executor_id FROM processes WHERE process_id = ?"
                        + " FOR UPDATE", rs -> new Target(rs.getString(1), rs.getInt(2), rs.getString(3)),
                processId);
    }

    public Target target(String processId) {
        return sql.queryOne("SELECT colony_id, state, assigned_executor_id FROM processes WHERE process_id = ?",
                rs -> new Target(rs.getString(1), rs.getInt(2), rs.getString(3)), processId);
    }

    public Usage usage(String processId) {
        return sql.queryOne("SELECT coalesce(sum(bytes), 0), coalesce(max(ts), 0) FROM process_logs"
                + " WHERE process_id = ?", rs -> new Usage(rs.getLong(1), rs.getLong(2)), processId);
    }

    public void insert(Log log, int bytes) {
        sql.update("INSERT INTO process_logs (process_id, ts, colony_id, executor_id, message, bytes)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", log.processid, log.timestamp, log.colonyid, log.executorid,
                log.message, bytes);
    }

    /** The first {@code count} lines after {@code since}, oldest first. */
    public List<Log> after(String processId, long since, int count) {
        return sql.query("SELECT process_id, ts, colony_id, executor_id, message FROM process_logs"
                + " WHERE process_id = ? AND ts > ? ORDER BY ts LIMIT ?", rs -> {
                    Log log = new Log();
                    log.processid = rs.getString(1);
                    log.timestamp = rs.getLong(2);
                    log.colonyid = rs.getString(3);
                    log.executorid = rs.getString(4);
                    log.message = rs.getString(5);
                    return log;
                }, processId, since, count);
    }
}
