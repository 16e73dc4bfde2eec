package io.colonies.server.db;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Thin JDBC helper for the hot paths that need exact SQL (SKIP LOCKED claims, guarded updates,
 * RETURNING). Connections come from the container data source, so they join the caller's JTA
 * transaction. SQL failures become an internal error without leaking SQL text to clients.
 */
public final class Sql {
    private static final Logger LOG = Logger.getLogger(Sql.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    /** Maps the current row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, params);
             ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    public <T> T queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public long count(String sql, Object... params) {
        Long n = queryOne(sql, rs -> rs.getLong(1), params);
        return n == null ? 0 : n;
    }

    public static Timestamp ts(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    /** Marker for a text[] parameter. */
    public record TextArray(List<String> values) {
    }

    public static TextArray textArray(List<String> values) {
        return new TextArray(values == null ? List.of() : values);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof TextArray array) {
                ps.setArray(i + 1, c.createArrayOf("text", array.values().toArray(new String[0])));
            } else if (p instanceof Instant t) {
                ps.setTimestamp(i + 1, Timestamp.from(t));
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }

    /**
     * What the client learns of a failed statement: a stable text and an incident id, never PostgreSQL's
     * message (it names tables, constraints and key values). The detail goes to the log under that id.
     */
    static ColoniesException failure(String sql, SQLException e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            LOG.log(Level.INFO, "Unique violation, incident " + incident + ": " + e.getMessage() + " in: " + sql);
            return new DatabaseException(ErrorKind.CONFLICT, "Already exists (incident " + incident + ")");
        }
        if (FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
            // what a row refers to was removed by a concurrent request after it was read: a lost race
            // (found by FuzzIT: an attribute added while another request deleted its process)
            LOG.log(Level.INFO, "Foreign key violation, incident " + incident + ": " + e.getMessage() + " in: " + sql);
            return new DatabaseException(ErrorKind.CONFLICT, "Refers to an object that was removed meanwhile (incident "
                    + incident + ")");
        }
        if (TransientFaults.isTransient(e)) {
            LOG.log(Level.WARNING, "Transient SQL failure (" + e.getSQLState() + "), incident " + incident + ": " + e.getMessage());
            return new DatabaseException(ErrorKind.UNAVAILABLE, "Database temporarily unavailable (incident " + incident
                    + "), retry shortly");
        }
        LOG.log(Level.WARNING, "SQL failed, incident " + incident + ": " + sql, e);
        return new DatabaseException(ErrorKind.INTERNAL, "Database error (incident " + incident + "), see the server log");
    }
}
