package io.colonies.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU seconds spent by each party during a scenario: this harness, the server JVM (when
 * {@code --server-pid} is given) and the PostgreSQL backends of the benchmark database, plus the
 * machine's busy time. On a 2-core machine shared with other work, "CPU per request" says more about
 * the server than throughput does. Linux /proc only; elsewhere the server and database figures are
 * simply absent.
 */
final class CpuMeter {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every Linux we run on

    private final long serverPid;
    private final String dbName;

    CpuMeter(long serverPid, String dbName) {
        this.serverPid = serverPid;
        this.dbName = dbName;
    }

    /** CPU seconds per party at one instant; NaN where unknown. */
    record Snapshot(double client, double server, double database, double machine) {
    }

    Snapshot snapshot() {
        return new Snapshot(clientSeconds(), serverPid > 0 ? procSeconds(serverPid) : Double.NaN,
                databaseSeconds(), machineBusySeconds());
    }

    /** Adds {@code cpu_*_ms_per_req} fields: CPU milliseconds per RPC between two snapshots. */
    static void report(JsonLine line, Snapshot before, Snapshot after, long requests) {
        if (requests <= 0) {
            return;
        }
        line.put("requests", requests);
        line.put("cpu_client_ms_per_req", (after.client - before.client) * 1e3 / requests);
        line.put("cpu_server_ms_per_req", (after.server - before.server) * 1e3 / requests);
        line.put("cpu_db_ms_per_req", (after.database - before.database) * 1e3 / requests);
        line.put("cpu_machine_ms_per_req", (after.machine - before.machine) * 1e3 / requests);
        // Whatever else ran on the machine meanwhile: the noise indicator for this figure.
        double ours = (after.client - before.client) + (after.server - before.server)
                + (after.database - before.database);
        line.put("cpu_other_ms_per_req", ((after.machine - before.machine) - ours) * 1e3 / requests);
    }

    private static double clientSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }

    /** utime + stime of a process (fields 14 and 15 of /proc/pid/stat, after the command name). */
    private static double procSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Backends show their database in the process title: "postgres: 15/main: user db host(port) state". */
    private double databaseSeconds() {
        if (dbName == null) {
            return Double.NaN;
        }
        double sum = 0;
        for (long pid : pids()) {
            try {
                String cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"));
                if (cmdline.startsWith("postgres: ") && cmdline.contains(" " + dbName + " ")) {
                    double s = procSeconds(pid);
                    sum += Double.isNaN(s) ? 0 : s;
                }
            } catch (IOException | RuntimeException e) {
                // The backend ended between listing and reading; its time is lost, which is fine
                // because pooled connections live for the whole run.
            }
        }
        return sum;
    }

    private static List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        try (var entries = Files.list(Path.of("/proc"))) {
            entries.forEach(p -> {
                String name = p.getFileName().toString();
                if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                    pids.add(Long.parseLong(name));
                }
            });
        } catch (IOException e) {
            return pids;
        }
        return pids;
    }

    /** user + nice + system + irq + softirq of all CPUs, from the first line of /proc/stat. */
    private static double machineBusySeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3])
                    + Long.parseLong(f[6]) + Long.parseLong(f[7]);
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
