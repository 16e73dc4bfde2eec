package io.colonies.bench.cpu;

import java.lang.management.ManagementFactory;

/**
 * CPU seconds spent by each party during a measured phase: this harness, the server JVM (when its pid
 * is known) and PostgreSQL (see {@link PostgresCpu}), plus the machine's busy time. On a 2-core
 * machine shared with other work, CPU per completed process says more about the server than a rate.
 * Linux /proc only; elsewhere the server and database figures are NaN.
 */
public final class CpuMeter implements AutoCloseable {
    private final long serverPid;
    private final PostgresCpu postgres;

    private CpuMeter(long serverPid, PostgresCpu postgres) {
        this.serverPid = serverPid;
        this.postgres = postgres;
    }

    /**
     * @param serverPid the server JVM's pid, or 0 when unknown
     * @param jdbcUrl   the benchmark database, or null to leave PostgreSQL out
     */
    public static CpuMeter start(long serverPid, String jdbcUrl, String dbName, String user, String password) {
        PostgresCpu postgres = jdbcUrl == null ? null : PostgresCpu.start(jdbcUrl, dbName, user, password);
        return new CpuMeter(serverPid, postgres);
    }

    /** Readings of every party now. */
    public CpuUsage snapshot() {
        return new CpuUsage(clientSeconds(), serverSeconds(),
                postgres == null ? Double.NaN : postgres.databaseSeconds(),
                postgres == null ? Double.NaN : postgres.clusterSeconds(), MachineStat.busySeconds());
    }

    private double serverSeconds() {
        if (serverPid <= 0) {
            return Double.NaN;
        }
        return ProcStat.read(serverPid).map(s -> ProcStat.seconds(s.ownTicks())).orElse(Double.NaN);
    }

    /** From /proc/self like the other parties; the JVM's own counter where /proc is missing. */
    private static double clientSeconds() {
        var self = ProcStat.read("self");
        if (self.isPresent()) {
            return ProcStat.seconds(self.get().ownTicks());
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    @Override
    public void close() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
