package io.colonies.bench;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.json.WireJson;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes waiting processes straight into the server's {@code processes} table (columns of
 * V1__schema.sql). Submitting a million processes over RPC would take longer than the measurement
 * itself; the rows are shaped exactly like the server's own inserts (same spec JSON, no deadlines),
 * so the claim query cannot tell them apart.
 */
final class QueueFiller implements AutoCloseable {
    /** Rows per INSERT … SELECT: one statement per chunk keeps progress visible and WAL bursts small. */
    private static final int CHUNK = 100_000;

    private static final String INSERT = "INSERT INTO processes (process_id, colony_id, executor_type, state,"
            + " wait_for_parents, priority_time, submission_time, max_retries, max_exec_time, max_wait_time,"
            + " funcname, spec)"
            + " SELECT encode(sha256(convert_to(? || ':' || g, 'UTF8')), 'hex'), ?, ?, 0,"
            + " false, ? + g, now(), 0, -1, -1, 'echo', ?"
            + " FROM generate_series(?::bigint, ?::bigint) AS g";

    private final Connection connection;

    QueueFiller(String jdbcUrl, String user, String password) throws SQLException {
        // jdbc:postgresql://host:port/db → parse the part after "jdbc:" as a URI to check the host.
        RpcClient.requireLoopback(URI.create(jdbcUrl.substring("jdbc:".length())).getHost());
        this.connection = DriverManager.getConnection(jdbcUrl, user, password);
        this.connection.setAutoCommit(true);
    }

    /** Inserts waiting rows numbered {@code from..to} (inclusive) for one colony and executor type. */
    void fill(String colonyId, String executorType, long from, long to) throws SQLException {
        String spec = specJson(colonyId, executorType);
        // Ids must be unique across runs of the same colony, and queue order must follow the row number.
        long basePriority = System.currentTimeMillis() * 1_000_000L;
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (long start = from; start <= to; start += CHUNK) {
                long end = Math.min(to, start + CHUNK - 1);
                insert.setString(1, colonyId + ":" + basePriority);
                insert.setString(2, colonyId);
                insert.setString(3, executorType);
                insert.setLong(4, basePriority);
                insert.setString(5, spec);
                insert.setLong(6, start);
                insert.setLong(7, end);
                insert.executeUpdate();
                if (to - from > CHUNK) {
                    Log.info("claim: inserted rows up to " + end + " of " + to);
                }
            }
        }
    }

    /** Fresh planner statistics, as autovacuum would provide shortly after such a bulk load. */
    void analyze() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("ANALYZE processes");
        }
    }

    long waiting(String colonyId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM processes WHERE colony_id = ? AND state = 0")) {
            count.setString(1, colonyId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Removes the colony's rows and their dead tuples, so later scenarios see a normal-sized table. */
    void deleteColonyRows(String colonyId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM processes WHERE colony_id = ?")) {
            delete.setString(1, colonyId);
            int rows = delete.executeUpdate();
            Log.info("claim: deleted " + rows + " rows");
        }
        try (Statement s = connection.createStatement()) {
            s.execute("VACUUM ANALYZE processes");
        }
    }

    static String specJson(String colonyId, String executorType) {
        FunctionSpec spec = new FunctionSpec();
        spec.funcname = "echo";
        spec.maxwaittime = -1;
        spec.maxexectime = -1;
        spec.conditions.colonyid = colonyId;
        spec.conditions.executortype = executorType;
        return WireJson.toJson(spec);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
