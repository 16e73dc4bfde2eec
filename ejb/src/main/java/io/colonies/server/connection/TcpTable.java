package io.colonies.server.connection;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses the Linux TCP tables ({@code /proc/net/tcp}, {@code /proc/net/tcp6}). Each line after the
 * header reads {@code sl local_address rem_address st ...}; an address is hex of the raw
 * {@code in_addr}/{@code in6_addr} printed as 32-bit words in host byte order, then {@code :port}
 * in hex; {@code st} is the kernel's TCP state in hex.
 */
public final class TcpTable {
    /** Kernel TCP states we name (include/net/tcp_states.h). */
    public static final int ESTABLISHED = 0x01;
    public static final int CLOSE_WAIT = 0x08;
    public static final int LISTEN = 0x0A;

    private final Map<TcpEndpoints, Integer> states;

    private TcpTable(Map<TcpEndpoints, Integer> states) {
        this.states = states;
    }

    public static TcpTable empty() {
        return new TcpTable(Map.of());
    }

    /** The state of a connection, or -1 when the kernel no longer has it (reset, or fully closed). */
    public int stateOf(TcpEndpoints connection) {
        return states.getOrDefault(connection, -1);
    }

    public int size() {
        return states.size();
    }

    /** Parses the contents of any number of table files, in the host's byte order. */
    public static TcpTable parse(CharSequence... files) {
        return parse(ByteOrder.nativeOrder(), files);
    }

    /** As {@link #parse(CharSequence...)}, for a table written by a host of the given byte order. */
    public static TcpTable parse(ByteOrder hostOrder, CharSequence... files) {
        Map<TcpEndpoints, Integer> states = new HashMap<>();
        for (CharSequence file : files) {
            parseInto(file, hostOrder, states);
        }
        return new TcpTable(states);
    }

    private static void parseInto(CharSequence text, ByteOrder order, Map<TcpEndpoints, Integer> into) {
        int length = text.length();
        int lineStart = 0;
        boolean header = true;
        while (lineStart < length) {
            int lineEnd = lineStart;
            while (lineEnd < length && text.charAt(lineEnd) != '\n') {
                lineEnd++;
            }
            if (!header) {
                parseLine(text, lineStart, lineEnd, order, into);
            }
            header = false;
            lineStart = lineEnd + 1;
        }
    }

    /** One row; rows that do not parse are skipped (the table is the kernel's, not user input). */
    private static void parseLine(CharSequence text, int from, int to, ByteOrder order, Map<TcpEndpoints, Integer> into) {
        int[] field = new int[8]; // start/end of fields 1 (local), 2 (remote), 3 (state)
        int pos = from;
        for (int f = 0; f < 4; f++) {
            while (pos < to && text.charAt(pos) == ' ') {
                pos++;
            }
            int start = pos;
            while (pos < to && text.charAt(pos) != ' ') {
                pos++;
            }
            if (start == pos) {
                return;
            }
            field[2 * f] = start;
            field[2 * f + 1] = pos;
        }
        Endpoint local = endpoint(text, field[2], field[3], order);
        Endpoint remote = endpoint(text, field[4], field[5], order);
        long state = hex(text, field[6], field[7]);
        if (local == null || remote == null || state < 0) {
            return;
        }
        into.put(new TcpEndpoints(local.address, local.port, remote.address, remote.port), (int) state);
    }

    private record Endpoint(InetAddress address, int port) {
    }

    private static Endpoint endpoint(CharSequence text, int from, int to, ByteOrder order) {
        int colon = -1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ':') {
                colon = i;
                break;
            }
        }
        int hexDigits = colon - from;
        if (colon < 0 || (hexDigits != 8 && hexDigits != 32)) {
            return null;
        }
        byte[] raw = new byte[hexDigits / 2];
        for (int word = 0; word < raw.length / 4; word++) {
            long word32 = hex(text, from + word * 8, from + word * 8 + 8);
            if (word32 < 0) {
                return null;
            }
            int value = (int) word32;
            for (int b = 0; b < 4; b++) {
                // The word is the in-memory 32 bits read as a host integer: undo the host order.
                int shift = order == ByteOrder.LITTLE_ENDIAN ? 8 * b : 8 * (3 - b);
                raw[word * 4 + b] = (byte) (value >>> shift);
            }
        }
        long port = hex(text, colon + 1, to);
        if (port < 0 || port > 0xFFFF) {
            return null;
        }
        try {
            return new Endpoint(InetAddress.getByAddress(raw), (int) port); // folds ::ffff:a.b.c.d to IPv4
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** Unsigned hex of 1 to 8 digits; -1 when it is not that. */
    private static long hex(CharSequence text, int from, int to) {
        if (from >= to || to - from > 8) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }
}
