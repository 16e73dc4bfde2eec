package io.colonies.server.connection;

import static io.colonies.server.connection.TcpTableTest.conn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.server.connection.TcpTableSource.Family;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WatchlistTest {
    private static final TcpEndpoints CLIENT = conn("127.0.0.1", 50101, "127.0.0.1", 45732);
    private static final TcpEndpoints OTHER_CLIENT = conn("127.0.0.1", 50101, "127.0.0.1", 45740);
    private static final String HEADER = "  sl  local_address rem_address   st\n";
    private static final String ESTABLISHED = HEADER + " 0: 0100007F:C3B5 0100007F:B2A4 01 0\n";
    private static final String CLOSE_WAIT = HEADER + " 0: 0100007F:C3B5 0100007F:B2A4 08 0\n";
    private static final String MAPPED_ESTABLISHED = HEADER
            + " 0: 0000000000000000FFFF00000100007F:C3B5 0000000000000000FFFF00000100007F:B2A4 01 0\n";

    private final FakeKernel kernel = new FakeKernel();
    private final Watchlist watchlist = new Watchlist(kernel);
    private final AtomicInteger gone = new AtomicInteger();

    @Test
    void registeringReadsNothing() {
        watchlist.watch(CLIENT, gone::incrementAndGet);
        assertEquals(List.of(), kernel.reads);
    }

    @Test
    void aConnectionThatLeavesEstablishedIsDroppedOnceAtTheNextSweep() throws IOException {
        kernel.v4 = ESTABLISHED;
        ConnectionWatch.Watched watched = watchlist.watch(CLIENT, gone::incrementAndGet);
        assertEquals(0, watchlist.sweep());
        assertTrue(watched.stillOpen());
        kernel.v4 = CLOSE_WAIT;
        assertFalse(watched.stillOpen(), "the last check before a hand-over looks again");
        assertEquals(1, watchlist.sweep());
        assertEquals(0, watchlist.sweep());
        assertEquals(1, gone.get());
        assertEquals(0, watchlist.size());
    }

    @Test
    void aResetConnectionIsGoneFromTheTable() throws IOException {
        kernel.v4 = ESTABLISHED;
        watchlist.watch(CLIENT, gone::incrementAndGet);
        watchlist.sweep();
        kernel.v4 = HEADER;
        watchlist.sweep();
        assertEquals(1, gone.get());
    }

    @Test
    void aConnectionAlreadyClosingWhenFirstLookedUpIsDropped() throws IOException {
        kernel.v4 = CLOSE_WAIT;
        ConnectionWatch.Watched watched = watchlist.watch(CLIENT, gone::incrementAndGet);
        assertFalse(watched.stillOpen());
        watchlist.sweep();
        assertEquals(1, gone.get());
    }

    @Test
    void aConnectionResetBeforeItsFirstSweepIsDroppedOnceTheEndpointIsKnownToMatch() throws IOException {
        kernel.v4 = ESTABLISHED;
        watchlist.watch(CLIENT, () -> { });
        watchlist.sweep(); // the table shows connections to 127.0.0.1:50101
        ConnectionWatch.Watched other = watchlist.watch(OTHER_CLIENT, gone::incrementAndGet);
        assertFalse(other.stillOpen());
        watchlist.sweep();
        assertEquals(1, gone.get());
    }

    @Test
    void aConnectionTheTableNeverMatchesIsLetGoUnwatched() throws IOException {
        kernel.v4 = HEADER; // e.g. addresses rewritten by a proxy header
        ConnectionWatch.Watched watched = watchlist.watch(CLIENT, gone::incrementAndGet);
        assertTrue(watched.stillOpen());
        watchlist.sweep();
        assertEquals(0, gone.get());
        assertEquals(0, watchlist.size(), "no longer swept");
        assertTrue(watched.stillOpen());
    }

    @Test
    void anUnreadableTableErrsTowardsDelivering() throws IOException {
        kernel.v4 = ESTABLISHED;
        ConnectionWatch.Watched watched = watchlist.watch(CLIENT, gone::incrementAndGet);
        watchlist.sweep();
        kernel.v4 = null;
        assertTrue(watched.stillOpen());
    }

    @Test
    void aCancelledWatchIsNotSwept() throws IOException {
        kernel.v4 = ESTABLISHED;
        watchlist.watch(CLIENT, gone::incrementAndGet).cancel();
        kernel.v4 = CLOSE_WAIT;
        assertEquals(0, watchlist.sweep());
        assertEquals(0, gone.get());
    }

    @Test
    void onceAnEndpointIsFoundInOneFamilyOnlyThatTableIsRead() throws IOException {
        kernel.v6 = MAPPED_ESTABLISHED; // a dual-stack listener: IPv4 clients appear in tcp6
        ConnectionWatch.Watched watched = watchlist.watch(CLIENT, gone::incrementAndGet);
        watchlist.sweep();
        assertEquals(List.of(Family.V4, Family.V6), kernel.reads);
        kernel.reads.clear();
        watchlist.sweep();
        assertTrue(watched.stillOpen());
        assertEquals(List.of(Family.V6, Family.V6), kernel.reads);
    }

    @Test
    void withAProbeTheLastLookBeforeAHandOverReadsNoTable() throws IOException {
        FakeProbe probe = new FakeProbe();
        Watchlist probing = new Watchlist(kernel, probe);
        probe.state = TcpTable.ESTABLISHED;
        ConnectionWatch.Watched watched = probing.watch(CLIENT, gone::incrementAndGet);
        assertTrue(watched.stillOpen());
        assertEquals(0, probing.sweep());
        probe.state = TcpTable.CLOSE_WAIT;
        assertFalse(watched.stillOpen());
        assertEquals(1, probing.sweep());
        assertEquals(1, gone.get());
        assertEquals(List.of(), kernel.reads, "the probe answered every look");
    }

    @Test
    void withAProbeAConnectionResetBeforeItWasSeenIsGoneOnceItsEndpointMatched() throws IOException {
        FakeProbe probe = new FakeProbe();
        Watchlist probing = new Watchlist(kernel, probe);
        probe.state = -1; // e.g. addresses rewritten by a proxy header: let go, unwatched
        ConnectionWatch.Watched unmatched = probing.watch(CLIENT, gone::incrementAndGet);
        assertTrue(unmatched.stillOpen());
        probing.sweep();
        assertEquals(0, probing.size());
        probe.state = TcpTable.ESTABLISHED;
        probing.watch(OTHER_CLIENT, () -> { });
        probing.sweep(); // connections to 127.0.0.1:50101 are found
        probe.state = -1;
        ConnectionWatch.Watched reset = probing.watch(CLIENT, gone::incrementAndGet);
        assertFalse(reset.stillOpen());
    }

    @Test
    void aFailingProbeFallsBackToTheTables() throws IOException {
        FakeProbe probe = new FakeProbe();
        Watchlist probing = new Watchlist(kernel, probe);
        probe.failing = true;
        kernel.v4 = ESTABLISHED;
        ConnectionWatch.Watched watched = probing.watch(CLIENT, gone::incrementAndGet);
        probing.sweep();
        kernel.v4 = CLOSE_WAIT;
        assertFalse(watched.stillOpen());
        assertEquals(1, probing.sweep());
        assertEquals(List.of(Family.V4, Family.V6, Family.V4, Family.V4), kernel.reads);
    }

    /** Prints how long parsing a large table takes during a sweep; not an assertion on speed. */
    @Test
    void sweepCostOfALargeTable() throws IOException {
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            big.append(String.format(" %d: 0100007F:C3B5 0100007F:%04X 01 00000000:00000000 00:00000000 00000000"
                    + "  1000        0 %d 1 0000000000000000 20 4 30 10 -1%n", i, 10_000 + i, i));
        }
        kernel.v4 = big.toString();
        for (int i = 0; i < 100; i++) {
            watchlist.watch(conn("127.0.0.1", 50101, "127.0.0.1", 10_000 + i), gone::incrementAndGet);
        }
        for (int i = 0; i < 20; i++) {
            watchlist.sweep(); // warm-up
        }
        int rounds = 50;
        long start = cpuNanos();
        for (int i = 0; i < rounds; i++) {
            watchlist.sweep();
        }
        double micros = (cpuNanos() - start) / 1000.0 / rounds;
        System.out.printf("parsing in a sweep of a 10,000-row table with 100 watched connections: %.0f µs of CPU%n", micros);
        assertEquals(0, gone.get());
    }

    private static final class FakeKernel implements TcpTableSource {
        volatile String v4 = HEADER;
        volatile String v6 = HEADER;
        final List<Family> reads = new CopyOnWriteArrayList<>();

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public TcpTable read(Family family) throws IOException {
            reads.add(family);
            String text = family == Family.V4 ? v4 : v6;
            if (text == null) {
                throw new IOException("unreadable");
            }
            return TcpTable.parse(ByteOrder.LITTLE_ENDIAN, text);
        }
    }

    private static final class FakeProbe implements ConnectionProbe {
        volatile int state = -1;
        volatile boolean failing;

        @Override
        public int stateOf(TcpEndpoints connection) throws IOException {
            if (failing) {
                throw new IOException("no netlink");
            }
            return state;
        }
    }

    /** CPU time of this thread, user and system: what a sweep costs, whatever else the machine does. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
