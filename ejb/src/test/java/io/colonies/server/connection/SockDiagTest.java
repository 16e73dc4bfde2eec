package io.colonies.server.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** Against this machine's kernel: the exact lookup agrees with /proc/net/tcp, at a fraction of its cost. */
class SockDiagTest {
    private final ProcNetTcp table = new ProcNetTcp();

    private int tableStateOf(TcpEndpoints connection) throws IOException {
        int v4 = table.read(TcpTableSource.Family.V4).stateOf(connection);
        return v4 != -1 ? v4 : table.read(TcpTableSource.Family.V6).stateOf(connection);
    }

    @Test
    void findsEstablishedThenCloseWaitThenNothingAfterAReset() throws IOException {
        assumeTrue(System.getProperty("os.name").toLowerCase().startsWith("linux"), "Linux only");
        SockDiag probe = SockDiag.open();
        assertNotNull(probe, "netlink sock_diag should work on Linux");
        for (String address : new String[] {"127.0.0.1", "::1"}) {
            InetAddress loopback = InetAddress.getByName(address);
            try (ServerSocket server = new ServerSocket(0, 1, loopback)) {
                TcpEndpoints serverSide;
                try (Socket client = new Socket(loopback, server.getLocalPort());
                     Socket accepted = server.accept()) {
                    serverSide = new TcpEndpoints(accepted.getLocalAddress(), accepted.getLocalPort(),
                            accepted.getInetAddress(), accepted.getPort());
                    assertEquals(TcpTable.ESTABLISHED, probe.stateOf(serverSide), address);
                    assertEquals(tableStateOf(serverSide), probe.stateOf(serverSide), address);
                    client.close();
                    long deadline = System.nanoTime() + 2_000_000_000L;
                    while (probe.stateOf(serverSide) == TcpTable.ESTABLISHED && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                    assertEquals(TcpTable.CLOSE_WAIT, probe.stateOf(serverSide), address);
                    assertEquals(TcpTable.CLOSE_WAIT, tableStateOf(serverSide), address);
                }
                // a reset connection is gone; the listener the lookup then finds does not count
                try (Socket client = new Socket()) {
                    client.connect(new InetSocketAddress(loopback, server.getLocalPort()));
                    Socket accepted = server.accept();
                    serverSide = new TcpEndpoints(accepted.getLocalAddress(), accepted.getLocalPort(),
                            accepted.getInetAddress(), accepted.getPort());
                    client.setSoLinger(true, 0);
                    client.close();
                    long deadline = System.nanoTime() + 2_000_000_000L;
                    while (probe.stateOf(serverSide) != -1 && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                    assertEquals(-1, probe.stateOf(serverSide), address);
                    assertEquals(-1, tableStateOf(serverSide), address);
                    accepted.close();
                }
            }
        }
    }

    @Test
    void anIpv4ClientOfADualStackListenerIsFound() throws IOException {
        SockDiag probe = SockDiag.open();
        assumeTrue(probe != null, "no sock_diag here");
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getByName("::"), 0)); // as Liberty listens on *
            InetAddress v4 = InetAddress.getByName("127.0.0.1");
            try (Socket client = new Socket(v4, server.getLocalPort()); Socket accepted = server.accept()) {
                TcpEndpoints serverSide = TcpEndpoints.ofLiterals(accepted.getLocalAddress().getHostAddress(),
                        accepted.getLocalPort(), accepted.getInetAddress().getHostAddress(), accepted.getPort());
                assertEquals(TcpTable.ESTABLISHED, probe.stateOf(serverSide));
            }
        }
    }

    /** Prints the CPU cost of one lookup beside one table read; asserts only that it is the cheaper. */
    @Test
    void aLookupCostsLessThanATableRead() throws IOException {
        SockDiag probe = SockDiag.open();
        assumeTrue(probe != null && table.available(), "no sock_diag or /proc here");
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (ServerSocket server = new ServerSocket(0, 1, loopback);
             Socket client = new Socket(loopback, server.getLocalPort());
             Socket accepted = server.accept()) {
            TcpEndpoints serverSide = new TcpEndpoints(accepted.getLocalAddress(), accepted.getLocalPort(),
                    accepted.getInetAddress(), accepted.getPort());
            for (int i = 0; i < 200; i++) {
                probe.stateOf(serverSide); // warm-up
            }
            int rounds = 2000;
            long start = cpuNanos();
            for (int i = 0; i < rounds; i++) {
                probe.stateOf(serverSide);
            }
            double lookup = (cpuNanos() - start) / 1000.0 / rounds;
            start = cpuNanos();
            for (int i = 0; i < 20; i++) {
                tableStateOf(serverSide);
            }
            double read = (cpuNanos() - start) / 1000.0 / 20;
            System.out.printf("sock_diag lookup: %.1f µs of CPU; /proc/net/tcp(6) read: %.0f µs%n", lookup, read);
            assertTrue(lookup < read, "lookup " + lookup + " µs, table " + read + " µs");
        }
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
