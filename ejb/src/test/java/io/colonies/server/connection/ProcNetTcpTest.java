package io.colonies.server.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** Against this machine's kernel: a connection the client closed shows CLOSE_WAIT on the server side. */
class ProcNetTcpTest {
    private final ProcNetTcp kernel = new ProcNetTcp();

    private int stateOf(TcpEndpoints connection) throws IOException {
        int v4 = kernel.read(TcpTableSource.Family.V4).stateOf(connection);
        return v4 != -1 ? v4 : kernel.read(TcpTableSource.Family.V6).stateOf(connection);
    }

    @Test
    void theServerSideOfAConnectionTheClientClosedIsInCloseWait() throws IOException {
        assumeTrue(kernel.available(), "no /proc/net/tcp here");
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (ServerSocket server = new ServerSocket(0, 1, loopback);
             Socket client = new Socket(loopback, server.getLocalPort());
             Socket accepted = server.accept()) {
            TcpEndpoints serverSide = new TcpEndpoints(accepted.getLocalAddress(), accepted.getLocalPort(),
                    accepted.getInetAddress(), accepted.getPort());
            assertEquals(TcpTable.ESTABLISHED, stateOf(serverSide));
            client.close();
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (stateOf(serverSide) == TcpTable.ESTABLISHED && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(TcpTable.CLOSE_WAIT, stateOf(serverSide));

            int rounds = 200;
            long start = cpuNanos();
            int rows = 0;
            for (int i = 0; i < rounds; i++) {
                rows = kernel.read(TcpTableSource.Family.V6).size();
            }
            System.out.printf("reading and parsing /proc/net/tcp6 (%d rows): %.0f µs of CPU%n", rows,
                    (cpuNanos() - start) / 1000.0 / rounds);
        }
    }

    /** CPU time of this thread, user and system: what a sweep costs, whatever else the machine does. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
