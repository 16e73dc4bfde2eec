package io.colonies.server.connection;

import static io.colonies.server.connection.TcpTableTest.conn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WatchlistTest {
    private static final TcpEndpoints CLIENT = conn("127.0.0.1", 50101, "127.0.0.1", 45732);
    private static final String HEADER = "  sl  local_address rem_address   st\n";
    private static final String ESTABLISHED = HEADER + " 0: 0100007F:C3B5 0100007F:B2A4 01 0\n";
    private static final String CLOSE_WAIT = HEADER + " 0: 0100007F:C3B5 0100007F:B2A4 08 0\n";

    private final FakeTable kernel = new FakeTable();
    private final Watchlist watchlist = new Watchlist(kernel);
    private final AtomicInteger gone = new AtomicInteger();

    @Test
    void aConnectionThatLeavesEstablishedIsDroppedOnceAtTheNextSweep() throws IOException {
        kernel.text = ESTABLISHED;
        ConnectionWatch.Watched watched = watchlist.watch(CLIENT, gone::incrementAndGet);
        assertEquals(0, watchlist.sweep());
        assertTrue(watched.stillOpen());
        kernel.text = CLOSE_WAIT;
        assertFalse(watched.stillOpen(), "the last check before a hand-over looks again");
        assertEquals(1, watchlist.sweep());
        assertEquals(0, watchlist.sweep());
        assertEquals(1, gone.get());
        assertEquals(0, watchlist.size());
    }

    @Test
    void aResetConnectionIsGoneFromTheTable() throws IOException {
        kernel.text = ESTABLISHED;
        watchlist.watch(CLIENT, gone::incrementAndGet);
        kernel.text = HEADER;
        watchlist.sweep();
        assertEquals(1, gone.get());
    }

    @Test
    void aConnectionAlreadyClosingAtRegistrationIsDroppedAtOnce() {
        kernel.text = CLOSE_WAIT;
        ConnectionWatch.Watched watched = watchlist.watch(CLIENT, gone::incrementAndGet);
        assertEquals(1, gone.get());
        assertFalse(watched.stillOpen());
    }

    @Test
    void aConnectionNeverSeenIsNeverDropped() throws IOException {
        kernel.text = HEADER; // e.g. addresses rewritten by a proxy header
        ConnectionWatch.Watched watched = watchlist.watch(CLIENT, gone::incrementAndGet);
        assertSame(ConnectionWatch.UNWATCHED, watched);
        watchlist.sweep();
        assertEquals(0, gone.get());
    }

    @Test
    void anUnreadableTableErrsTowardsDelivering() {
        kernel.text = ESTABLISHED;
        ConnectionWatch.Watched watched = watchlist.watch(CLIENT, gone::incrementAndGet);
        kernel.text = null;
        assertTrue(watched.stillOpen());
    }

    @Test
    void aCancelledWatchIsNotSwept() throws IOException {
        kernel.text = ESTABLISHED;
        watchlist.watch(CLIENT, gone::incrementAndGet).cancel();
        kernel.text = CLOSE_WAIT;
        assertEquals(0, watchlist.sweep());
        assertEquals(0, gone.get());
    }

    /** Prints how long a sweep of a large table takes; not an assertion on speed. */
    @Test
    void sweepCostOfALargeTable() throws IOException {
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            big.append(String.format(" %d: 0100007F:C3B5 0100007F:%04X 01 00000000:00000000 00:00000000 00000000"
                    + "  1000        0 %d 1 0000000000000000 20 4 30 10 -1%n", i, 10_000 + i, i));
        }
        kernel.text = big.toString();
        for (int i = 0; i < 100; i++) {
            watchlist.watch(conn("127.0.0.1", 50101, "127.0.0.1", 10_000 + i), gone::incrementAndGet);
        }
        for (int i = 0; i < 20; i++) {
            watchlist.sweep(); // warm-up
        }
        int rounds = 50;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            watchlist.sweep();
        }
        double micros = (System.nanoTime() - start) / 1000.0 / rounds;
        System.out.printf("sweep of a 10,000-row table with 100 watched connections: %.0f µs%n", micros);
        assertEquals(0, gone.get());
    }

    private static final class FakeTable implements TcpTableSource {
        volatile String text;

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public TcpTable read() throws IOException {
            if (text == null) {
                throw new IOException("unreadable");
            }
            return TcpTable.parse(ByteOrder.LITTLE_ENDIAN, text);
        }
    }
}
