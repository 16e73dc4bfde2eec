package io.colonies.server.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class TcpTableTest {
    private static final String V4 = """
              sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
               0: 0100007F:C3B5 00000000:0000 0A 00000000:00000000 00:00000000 00000000   106        0 7459 1 0 100 0 0 10 0
               1: 0100007F:C3B5 0100007F:B2A4 01 00000000:00000000 00:00000000 00000000  1000        0 9911 1 0 20 4 30 10 -1
               2: 0100007F:C3B5 0100007F:B2A6 08 00000000:00000000 00:00000000 00000000  1000        0 9912 1 0 20 4 30 10 -1
               3: 0A00020F:0016 6401A8C0:E1F2 01 00000000:00000000 02:000A7E3C 00000000     0        0 1234 2 0 20 4 30 10 -1
            """;
    private static final String V6 = """
              sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
               0: 00000000000000000000000000000000:C3B6 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 7228 1 0 100 0 0 10 0
               1: 0000000000000000FFFF00000100007F:C3B6 0000000000000000FFFF00000100007F:D9AE 01 00000000:00000000 00:00000000 00000000  1000        0 8001 1 0 20 4 30 10 -1
               2: 00000000000000000000000001000000:C3B6 00000000000000000000000001000000:8000 01 00000000:00000000 00:00000000 00000000  1000        0 8002 1 0 20 4 30 10 -1
               3: B80D0120000000000000000001000000:C3B6 B80D0120000000000000000002000000:8001 08 00000000:00000000 00:00000000 00000000  1000        0 8003 1 0 20 4 30 10 -1
            """;

    private final TcpTable table = TcpTable.parse(ByteOrder.LITTLE_ENDIAN, V4, V6);

    @Test
    void ipv4RowsGiveTheirStates() {
        assertEquals(TcpTable.ESTABLISHED, table.stateOf(conn("127.0.0.1", 50101, "127.0.0.1", 45732)));
        assertEquals(TcpTable.CLOSE_WAIT, table.stateOf(conn("127.0.0.1", 50101, "127.0.0.1", 45734)));
        assertEquals(TcpTable.ESTABLISHED, table.stateOf(conn("15.2.0.10", 22, "192.168.1.100", 57842)));
        assertEquals(TcpTable.LISTEN, table.stateOf(conn("127.0.0.1", 50101, "0.0.0.0", 0)));
    }

    @Test
    void anIpv4MappedRowMatchesTheIpv4AddressesAServletReports() {
        assertEquals(TcpTable.ESTABLISHED, table.stateOf(conn("127.0.0.1", 50102, "127.0.0.1", 55726)));
        assertEquals(TcpTable.ESTABLISHED, table.stateOf(conn("::ffff:127.0.0.1", 50102, "::ffff:127.0.0.1", 55726)));
    }

    @Test
    void ipv6RowsMatchTheirLiterals() {
        assertEquals(TcpTable.ESTABLISHED, table.stateOf(conn("::1", 50102, "::1", 32768)));
        assertEquals(TcpTable.ESTABLISHED, table.stateOf(conn("0:0:0:0:0:0:0:1", 50102, "[::1]", 32768)));
        assertEquals(TcpTable.CLOSE_WAIT, table.stateOf(conn("2001:db8::1", 50102, "2001:db8::2", 32769)));
    }

    @Test
    void aConnectionTheKernelNoLongerHasIsMinusOne() {
        assertEquals(-1, table.stateOf(conn("127.0.0.1", 50101, "127.0.0.1", 1)));
        assertEquals(-1, table.stateOf(conn("127.0.0.2", 50101, "127.0.0.1", 45732)), "the local address counts");
        assertEquals(-1, table.stateOf(conn("127.0.0.1", 50102, "127.0.0.1", 45732)), "and so does the local port");
    }

    @Test
    void bigEndianHostsPrintAddressesInNetworkOrder() {
        TcpTable big = TcpTable.parse(ByteOrder.BIG_ENDIAN, """
                header
                 0: 7F000001:C3B5 7F000001:B2A4 01 00000000:00000000 00:00000000 00000000 0 0 1 1
                """);
        assertEquals(TcpTable.ESTABLISHED, big.stateOf(conn("127.0.0.1", 50101, "127.0.0.1", 45732)));
    }

    @Test
    void malformedRowsAreSkipped() {
        TcpTable odd = TcpTable.parse(ByteOrder.LITTLE_ENDIAN, """
                header
                 0: 0100007F:C3B5 0100007F:B2A4 ZZ
                 1: 0100007:C3B5 0100007F:B2A4 01
                 2: 0100007F 0100007F:B2A4 01
                 3: 0100007F:C3B5
                
                 4: 0100007F:C3B5 0100007F:B2A8 01 00000000:00000000
                """);
        assertEquals(1, odd.size());
        assertEquals(TcpTable.ESTABLISHED, odd.stateOf(conn("127.0.0.1", 50101, "127.0.0.1", 45736)));
    }

    @Test
    void onlyIpLiteralsMakeEndpoints() {
        assertNull(TcpEndpoints.ofLiterals("localhost", 1, "127.0.0.1", 2), "no name lookups");
        assertNull(TcpEndpoints.ofLiterals("127.0.0.1", 1, "example.org", 2));
        assertNull(TcpEndpoints.ofLiterals(null, 1, "127.0.0.1", 2));
        assertNull(TcpEndpoints.ofLiterals("127.0.0.1", 0, "127.0.0.1", 2));
        assertEquals(conn("127.0.0.1", 1, "::1", 2), TcpEndpoints.ofLiterals("127.0.0.1", 1, "[::1]", 2));
    }

    static TcpEndpoints conn(String local, int localPort, String remote, int remotePort) {
        TcpEndpoints endpoints = TcpEndpoints.ofLiterals(local, localPort, remote, remotePort);
        if (endpoints == null) {
            // a listening row's remote side is port 0, which a request never has
            try {
                return new TcpEndpoints(java.net.InetAddress.getByName(local), localPort,
                        java.net.InetAddress.getByName(remote), remotePort);
            } catch (java.net.UnknownHostException e) {
                throw new AssertionError(e);
            }
        }
        return endpoints;
    }
}
