package io.colonies.bench.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BackendLedgerTest {
    private static ProcStat stat(long utime, long stime, long startTime) {
        return new ProcStat(1, utime, stime, 0, 0, startTime);
    }

    @Test
    void aBackendThatEndedKeepsItsLastReading() {
        BackendLedger ledger = new BackendLedger();
        ledger.observe(10, stat(5, 5, 100));
        ledger.observe(11, stat(1, 1, 101));
        ledger.observe(10, stat(20, 10, 100));
        // pid 10 ends here: no more readings, yet its 30 ticks stay in the sum.
        ledger.observe(11, stat(3, 1, 101));
        assertEquals(30 + 4, ledger.totalTicks());
    }

    @Test
    void aReusedPidIsAnotherProcess() {
        BackendLedger ledger = new BackendLedger();
        ledger.observe(10, stat(40, 0, 100));
        ledger.observe(10, stat(2, 0, 900)); // same pid, later start: a new backend
        assertEquals(42, ledger.totalTicks());
        assertEquals(2, ledger.processes());
    }

    @Test
    void anOlderReadingNeverLowersTheSum() {
        BackendLedger ledger = new BackendLedger();
        ledger.observe(10, stat(40, 0, 100));
        ledger.observe(10, stat(30, 0, 100));
        assertEquals(40, ledger.totalTicks());
    }
}
