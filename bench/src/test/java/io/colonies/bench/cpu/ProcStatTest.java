package io.colonies.bench.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcStatTest {
    /** A PostgreSQL backend as the kernel prints it (values changed to be easy to tell apart). */
    private static final String BACKEND = "8010 (postgres) S 2186 8010 8010 0 -1 4194624 5120 0 0 0 "
            + "731 248 3 4 20 0 1 0 47012 226459648 6521 18446744073709551615 1 1 0 0 0 0 4194304 "
            + "19935232 1600 0 0 0 17 1 0 0 0 0 0 0 0 0 0 0 0 0 0";

    @Test
    void readsTheCpuFieldsAfterTheCommandName() {
        ProcStat stat = ProcStat.parse(BACKEND);
        assertEquals(2186, stat.ppid());
        assertEquals(731, stat.utime());
        assertEquals(248, stat.stime());
        assertEquals(3, stat.cutime());
        assertEquals(4, stat.cstime());
        assertEquals(47012, stat.startTime());
        assertEquals(979, stat.ownTicks());
        assertEquals(7, stat.childrenTicks());
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String tricky = BACKEND.replace("(postgres)", "(we ird) (name) x)");
        assertEquals(ProcStat.parse(BACKEND), ProcStat.parse(tricky));
    }

    @Test
    void refusesWhatIsNotAStatLine() {
        assertThrows(IllegalArgumentException.class, () -> ProcStat.parse("no parenthesis here"));
        assertThrows(IllegalArgumentException.class, () -> ProcStat.parse("1 (java) S 1 2 3"));
        assertThrows(IllegalArgumentException.class,
                () -> ProcStat.parse(BACKEND.replace(" 731 ", " seven ")));
    }

    @Test
    void ticksAreHundredthsOfASecond() {
        assertEquals(9.79, ProcStat.seconds(979), 1e-9);
    }

    @Test
    void readsThisJvmFromProcWhereThereIsOne() {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return; // not Linux: the meter reports NaN there, nothing to parse
        }
        ProcStat self = ProcStat.read("self").orElseThrow();
        assertTrue(self.startTime() > 0);
        assertTrue(ProcStat.read(Long.MAX_VALUE).isEmpty(), "a pid that cannot exist reads as absent");
    }
}
