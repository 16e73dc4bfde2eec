package io.colonies.bench.cpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The CPU fields of one {@code /proc/<pid>/stat} line, in clock ticks. The command name (field 2)
 * is in parentheses and may itself contain spaces and parentheses, so fields are counted from the
 * <em>last</em> closing parenthesis (proc(5)).
 *
 * @param ppid      field 4, the parent (for a PostgreSQL backend: the postmaster)
 * @param utime     field 14, user time of the process itself
 * @param stime     field 15, system time of the process itself
 * @param cutime    field 16, user time of reaped children (where ended backends' time goes)
 * @param cstime    field 17, system time of reaped children
 * @param startTime field 22, start time since boot; with the pid it identifies one process, as pids
 *                  are reused
 */
public record ProcStat(long ppid, long utime, long stime, long cutime, long cstime, long startTime) {
    /** USER_HZ: 100 on every Linux kernel built for the platforms we run on (see sysconf(_SC_CLK_TCK)). */
    public static final double TICKS_PER_SECOND = 100.0;

    /** Parses one stat line; throws IllegalArgumentException when it is not one. */
    public static ProcStat parse(String line) {
        int close = line.lastIndexOf(')');
        if (close < 0 || close + 2 > line.length()) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + line);
        }
        // After ") " come field 3 (state), 4 (ppid), …; index i holds field i + 3.
        String[] f = line.substring(close + 2).trim().split(" +");
        if (f.length < 20) {
            throw new IllegalArgumentException("too few fields in /proc/<pid>/stat line: " + line);
        }
        try {
            return new ProcStat(Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]),
                    Long.parseLong(f[13]), Long.parseLong(f[14]), Long.parseLong(f[19]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed /proc/<pid>/stat line: " + line, e);
        }
    }

    /** Reads {@code /proc/<pid>/stat}; empty when the process is gone (or /proc does not exist). */
    public static Optional<ProcStat> read(String pid) {
        try {
            return Optional.of(parse(Files.readString(Path.of("/proc", pid, "stat"))));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static Optional<ProcStat> read(long pid) {
        return read(Long.toString(pid));
    }

    /** Own CPU (utime + stime), in ticks. */
    public long ownTicks() {
        return utime + stime;
    }

    /** CPU of the reaped children (cutime + cstime), in ticks. */
    public long childrenTicks() {
        return cutime + cstime;
    }

    public static double seconds(long ticks) {
        return ticks / TICKS_PER_SECOND;
    }
}
