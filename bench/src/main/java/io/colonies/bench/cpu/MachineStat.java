package io.colonies.bench.cpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Busy time of the whole machine, from the first ("cpu") line of /proc/stat. */
final class MachineStat {
    private MachineStat() {
    }

    /** user + nice + system + irq + softirq over all CPUs, in ticks (idle, iowait and steal are not busy). */
    static long busyTicks(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        if (f.length < 8 || !f[0].equals("cpu")) {
            throw new IllegalArgumentException("not the aggregate cpu line of /proc/stat: " + cpuLine);
        }
        return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                + Long.parseLong(f[7]);
    }

    /** Machine busy seconds, NaN where /proc/stat cannot be read. */
    static double busySeconds() {
        try {
            return ProcStat.seconds(busyTicks(Files.readAllLines(Path.of("/proc/stat")).get(0)));
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
