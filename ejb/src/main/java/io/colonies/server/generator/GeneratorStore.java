package io.colonies.server.generator;

import jakarta.inject.Inject;
import io.colonies.model.core.Generator;
import io.colonies.model.json.GoTime;
import io.colonies.server.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The only owner of {@code generators} and their arg queue {@code generator_args}. Statements join
 * the caller's transaction; args are consumed by a DELETE … RETURNING in the transaction that submits their
 * workflow, so a committed pack is used exactly once.
 */
@ApplicationScoped
public class GeneratorStore {
    private static final String COLUMNS = "generator_id, colony_id, name, workflow_spec, trigger_count,"
            + " timeout_seconds, first_pack, last_run";

    @Inject
    Sql sql;



    /** False when the (globally unique) name is taken. */
    public boolean insert(Generator g) {
        return sql.update("INSERT INTO generators (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)"
                        + " ON CONFLICT (name) DO NOTHING",
                g.generatorid, g.colonyid, g.name, g.workflowspec, g.trigger, g.timeout) == 1;
    }

    public Generator find(String generatorId) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM generators WHERE generator_id = ?", GeneratorStore::map,
                generatorId);
    }

    public Generator findByName(String name) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM generators WHERE name = ?", GeneratorStore::map, name);
    }

    public String colonyOf(String generatorId) {
        return sql.queryOne("SELECT colony_id FROM generators WHERE generator_id = ?", rs -> rs.getString(1),
                generatorId);
    }

    public List<Generator> list(String colonyId, int count) {
        return sql.query("SELECT " + COLUMNS + " FROM generators WHERE colony_id = ? ORDER BY name LIMIT ?",
                GeneratorStore::map, colonyId, count);
    }

    /** Deletes the generator; its queued args go with it (foreign key cascade). */
    public int delete(String generatorId) {
        return sql.update("DELETE FROM generators WHERE generator_id = ?", generatorId);
    }

    /** Queues one arg; false when the generator does not exist (any more). */
    public boolean pack(String generatorId, String arg, Instant now) {
        int added = sql.update("INSERT INTO generator_args (generator_id, colony_id, arg, added)"
                + " SELECT generator_id, colony_id, ?, ? FROM generators WHERE generator_id = ?", arg, now, generatorId);
        if (added == 1) {
            sql.update("UPDATE generators SET first_pack = ? WHERE generator_id = ? AND first_pack IS NULL",
                    now, generatorId);
        }
        return added == 1;
    }

    public long queueSize(String generatorId) {
        return sql.count("SELECT count(*) FROM generator_args WHERE generator_id = ?", generatorId);
    }

    /**
     * Every generator with queued args, with its queue size, for the checker to decide on. Not
     * limited: a limit would starve generators behind ones that are not due yet.
     */
    public List<Pending> pending() {
        return sql.query("SELECT " + COLUMNS + ", q.queued FROM generators g"
                + " JOIN (SELECT generator_id AS gid, count(*) AS queued FROM generator_args GROUP BY generator_id) q"
                + " ON q.gid = g.generator_id", rs -> new Pending(map(rs), rs.getLong("queued")));
    }

    /**
     * Locks the generator for a run; null when another replica holds it. NO KEY UPDATE rather than
     * UPDATE so that packs, whose foreign key takes a KEY SHARE lock on this row, are not blocked.
     */
    public Generator lockForRun(String generatorId) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM generators WHERE generator_id = ?"
                + " FOR NO KEY UPDATE SKIP LOCKED", GeneratorStore::map, generatorId);
    }

    /** Removes and returns the {@code count} oldest queued args, oldest first. */
    public List<String> take(String generatorId, int count) {
        List<QueuedArg> taken = sql.query("DELETE FROM generator_args WHERE seq IN (SELECT seq FROM generator_args"
                + " WHERE generator_id = ? ORDER BY seq LIMIT ?) RETURNING seq, arg",
                rs -> new QueuedArg(rs.getLong(1), rs.getString(2)), generatorId, count);
        return taken.stream().sorted(Comparator.comparingLong(QueuedArg::seq)).map(QueuedArg::arg).toList();
    }

    public void markRun(String generatorId, Instant now) {
        sql.update("UPDATE generators SET last_run = ? WHERE generator_id = ?", now, generatorId);
    }

    private static Generator map(ResultSet rs) throws SQLException {
        Generator g = new Generator();
        g.generatorid = rs.getString("generator_id");
        g.colonyid = rs.getString("colony_id");
        g.name = rs.getString("name");
        g.workflowspec = rs.getString("workflow_spec");
        g.trigger = rs.getInt("trigger_count");
        g.timeout = rs.getLong("timeout_seconds");
        g.firstpack = GoTime.orZero(Sql.instant(rs, "first_pack"));
        g.lastrun = GoTime.orZero(Sql.instant(rs, "last_run"));
        return g;
    }

    /** A generator and how many args wait in its queue. */
    public record Pending(Generator generator, long queued) {
    }

    private record QueuedArg(long seq, String arg) {
    }
}
