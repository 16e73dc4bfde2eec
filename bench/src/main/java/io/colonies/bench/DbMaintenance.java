package io.colonies.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Stands in for autovacuum while the scenarios run ({@code --db-maintenance SECONDS}). A queue table
 * churns through thousands of row versions per second; without VACUUM the partial indexes fill with
 * dead entries, and without ANALYZE the planner keeps the row counts of the last analysis (zero after
 * a clean-up), which changes the plans of several per-request queries. On an instance where
 * autovacuum is off this thread keeps the table in the state a normally configured server would see.
 */
final class DbMaintenance implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;

    private DbMaintenance(String jdbcUrl, String user, String password, int periodSeconds) {
        thread = new Thread(() -> loop(jdbcUrl, user, password, periodSeconds), "db-maintenance");
        thread.setDaemon(true);
    }

    /** Starts the loop, or returns a no-op when the period is not positive. */
    static DbMaintenance start(Options options) {
        int period = options.integer("db-maintenance");
        DbMaintenance maintenance = new DbMaintenance(options.string("db"), options.string("db-user"),
                options.string("db-password"), period);
        if (period > 0) {
            RpcClient.requireLoopback(java.net.URI.create(options.string("db").substring("jdbc:".length())).getHost());
            maintenance.thread.start();
            Log.info("db maintenance: VACUUM (ANALYZE) processes every " + period + " s");
        }
        return maintenance;
    }

    private void loop(String jdbcUrl, String user, String password, int periodSeconds) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true); // VACUUM cannot run inside a transaction block
            while (running) {
                sleepSeconds(periodSeconds);
                if (running) {
                    statement.execute("VACUUM (ANALYZE) processes");
                }
            }
        } catch (SQLException e) {
            Log.info("db maintenance stopped: " + e.getMessage());
        }
    }

    private void sleepSeconds(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
