package io.colonies.bench.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MachineStatTest {
    @Test
    void busyIsUserNiceSystemIrqAndSoftirq() {
        // cpu user nice system idle iowait irq softirq steal guest guest_nice
        assertEquals(100 + 2 + 30 + 4 + 5, MachineStat.busyTicks("cpu  100 2 30 9000 70 4 5 6 0 0"));
    }

    @Test
    void refusesAPerCpuLine() {
        assertThrows(IllegalArgumentException.class, () -> MachineStat.busyTicks("cpu0 100 2 30 9000 70 4 5 6 0 0"));
    }

    @Test
    void usageDifferencesAndOtherCpu() {
        CpuUsage before = new CpuUsage(1, 10, 5, 8, 20);
        CpuUsage after = new CpuUsage(2, 13, 6, 10, 27);
        CpuUsage used = after.minus(before);
        assertEquals(new CpuUsage(1, 3, 1, 2, 7), used);
        assertEquals(7 - 1 - 3 - 1, used.other(), 1e-9);
    }
}
