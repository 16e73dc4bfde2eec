package io.colonies.server.cron;

import jakarta.inject.Inject;
import io.colonies.model.core.Cron;
import io.colonies.model.json.GoTime;
import io.colonies.server.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The only owner of {@code crons} and its SQL. Statements join the caller's transaction. A run is
 * recorded by an update guarded on the deadline it consumed, so one deadline can start at most one run.
 */
@ApplicationScoped
public class CronStore {
    private static final String COLUMNS = "cron_id, colony_id, name, cron_expression, interval_seconds, random,"
            + " next_run, last_run, workflow_spec, prev_processgraph_id, wait_for_prev_processgraph";

    @Inject
    Sql sql;



    /** False when the (globally unique) name is taken. */
    public boolean insert(Cron c) {
        return sql.update("INSERT INTO crons (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, '', ?)"
                        + " ON CONFLICT (name) DO NOTHING",
                c.cronid, c.colonyid, c.name, nullToEmpty(c.cronexpression), c.interval, c.random,
                GoTime.orNull(c.nextrun), c.workflowspec, c.waitforprevprocessgraph) == 1;
    }

    public Cron find(String cronId) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM crons WHERE cron_id = ?", CronStore::map, cronId);
    }

    public String colonyOf(String cronId) {
        return sql.queryOne("SELECT colony_id FROM crons WHERE cron_id = ?", rs -> rs.getString(1), cronId);
    }

    public List<Cron> list(String colonyId, int count) {
        return sql.query("SELECT " + COLUMNS + " FROM crons WHERE colony_id = ? ORDER BY name LIMIT ?",
                CronStore::map, colonyId, count);
    }

    public int delete(String cronId) {
        return sql.update("DELETE FROM crons WHERE cron_id = ?", cronId);
    }

    /** Crons that were never scheduled (or have no next match); the checker gives them a deadline. */
    public List<String> unscheduled() {
        return sql.query("SELECT cron_id FROM crons WHERE next_run IS NULL", rs -> rs.getString(1));
    }

    /**
     * Crons whose deadline has passed, oldest first. Not limited: crons skipped while their previous
     * graph runs stay due, and a limit would let them starve the others.
     */
    public List<String> due(Instant now) {
        return sql.query("SELECT cron_id FROM crons WHERE next_run < ? ORDER BY next_run", rs -> rs.getString(1), now);
    }

    /**
     * Locks a due cron for this transaction; null when it is not due (any more) or another replica
     * holds it. Skipping a locked row instead of waiting means a replica never runs a deadline that
     * the lock holder is consuming.
     */
    public Cron lockIfDue(String cronId, Instant now) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM crons WHERE cron_id = ? AND next_run < ?"
                + " FOR UPDATE SKIP LOCKED", CronStore::map, cronId, now);
    }

    /** Locks a cron for a manual run, waiting for a scan that holds it so both runs happen in turn. */
    public Cron lock(String cronId) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM crons WHERE cron_id = ? FOR UPDATE", CronStore::map,
                cronId);
    }

    /** Stores a first deadline; false when another replica scheduled it first. */
    public boolean schedule(String cronId, Instant nextRun) {
        return sql.update("UPDATE crons SET next_run = ? WHERE cron_id = ? AND next_run IS NULL", nextRun, cronId) == 1;
    }

    /**
     * Consumes the deadline {@code previousNextRun} (null for a never-scheduled cron). Zero rows means
     * the deadline was already consumed elsewhere and this run must not happen.
     */
    public boolean recordRun(String cronId, Instant previousNextRun, Instant nextRun, Instant now, String graphId) {
        return sql.update("UPDATE crons SET next_run = ?, last_run = ?, prev_processgraph_id = ?"
                        + " WHERE cron_id = ? AND next_run IS NOT DISTINCT FROM ?",
                nextRun, now, graphId, cronId, previousNextRun) == 1;
    }

    /** Moves a deadline on without a run, so a run that keeps failing does not retry on every tick. */
    public boolean skip(String cronId, Instant previousNextRun, Instant nextRun) {
        return sql.update("UPDATE crons SET next_run = ? WHERE cron_id = ? AND next_run = ?",
                nextRun, cronId, previousNextRun) == 1;
    }

    private static Cron map(ResultSet rs) throws SQLException {
        Cron c = new Cron();
        c.cronid = rs.getString("cron_id");
        c.colonyid = rs.getString("colony_id");
        c.name = rs.getString("name");
        c.cronexpression = rs.getString("cron_expression");
        c.interval = rs.getLong("interval_seconds");
        c.random = rs.getBoolean("random");
        c.nextrun = GoTime.orZero(Sql.instant(rs, "next_run"));
        c.lastrun = GoTime.orZero(Sql.instant(rs, "last_run"));
        c.workflowspec = rs.getString("workflow_spec");
        c.prevprocessgraphid = rs.getString("prev_processgraph_id");
        c.waitforprevprocessgraph = rs.getBoolean("wait_for_prev_processgraph");
        return c;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
