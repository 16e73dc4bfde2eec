package io.colonies.bench.cpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * PostgreSQL's CPU, two ways.
 * <ul>
 * <li><b>Backends of one database</b>: the pids that {@code pg_stat_activity} lists for it, read from
 * /proc by a sampler every {@value #SAMPLE_MILLIS} ms into a {@link BackendLedger}, so a backend that
 * ends mid-phase (a pool shrinking, a short-lived connection) keeps the time it had at its last
 * sample instead of vanishing from the sum.</li>
 * <li><b>The whole cluster</b>: the postmaster and its live children, plus the postmaster's
 * cutime/cstime, where the kernel adds the time of every child it reaped. This is exact for ended
 * processes and includes the WAL writer and checkpointer, but also other databases' work.</li>
 * </ul>
 * The sampler's own session is left out (its own backend is excluded by pid).
 */
final class PostgresCpu implements AutoCloseable {
    static final int SAMPLE_MILLIS = 250;

    private final Connection connection;
    private final PreparedStatement backends;
    private final BackendLedger ledger = new BackendLedger();
    private final long postmasterPid;
    private final Thread sampler;
    private volatile boolean running = true;

    private PostgresCpu(Connection connection, String dbName) throws SQLException {
        this.connection = connection;
        this.backends = connection.prepareStatement(
                "SELECT pid FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()");
        this.backends.setString(1, dbName);
        this.postmasterPid = findPostmaster(connection);
        this.sampler = new Thread(this::loop, "pg-cpu-sampler");
        this.sampler.setDaemon(true);
        sample();
        this.sampler.start();
    }

    /** Connects and starts sampling; empty (figures absent) when the database cannot be reached. */
    static PostgresCpu start(String jdbcUrl, String dbName, String user, String password) {
        try {
            return new PostgresCpu(DriverManager.getConnection(jdbcUrl, user, password), dbName);
        } catch (SQLException e) {
            System.err.println("PostgreSQL CPU not measured (" + jdbcUrl + "): " + e.getMessage());
            return null;
        }
    }

    /** Backend seconds so far, including ended backends up to their last sample. */
    double databaseSeconds() {
        sample();
        return ProcStat.seconds(ledger.totalTicks());
    }

    /** Cluster seconds so far; NaN when the postmaster is not visible in /proc. */
    double clusterSeconds() {
        if (postmasterPid <= 0) {
            return Double.NaN;
        }
        var postmaster = ProcStat.read(postmasterPid);
        if (postmaster.isEmpty()) {
            return Double.NaN;
        }
        long ticks = postmaster.get().ownTicks() + postmaster.get().childrenTicks();
        for (ProcStat child : childrenOf(postmasterPid)) {
            ticks += child.ownTicks();
        }
        return ProcStat.seconds(ticks);
    }

    private synchronized void sample() {
        try (ResultSet rs = backends.executeQuery()) {
            while (rs.next()) {
                long pid = rs.getLong(1);
                ProcStat.read(pid).ifPresent(stat -> ledger.observe(pid, stat));
            }
        } catch (SQLException e) {
            // A lost sample only widens the window for ended backends; the next one catches up.
        }
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            sample();
        }
    }

    /** The postmaster is the parent of every backend, including our own. */
    private static long findPostmaster(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT pg_backend_pid()");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            OptionalLong parent = ProcStat.read(rs.getLong(1)).stream().mapToLong(ProcStat::ppid).findFirst();
            return parent.orElse(-1);
        }
    }

    private static List<ProcStat> childrenOf(long parent) {
        List<ProcStat> children = new ArrayList<>();
        try (var entries = Files.list(Path.of("/proc"))) {
            entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.isEmpty() && name.chars().allMatch(Character::isDigit))
                    .forEach(pid -> ProcStat.read(pid).filter(s -> s.ppid() == parent).ifPresent(children::add));
        } catch (IOException e) {
            return children;
        }
        return children;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            connection.close();
        } catch (SQLException e) {
            // closing at the end of the run; nothing left to measure
        }
    }
}
