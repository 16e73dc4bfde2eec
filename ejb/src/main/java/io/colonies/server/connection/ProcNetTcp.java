package io.colonies.server.connection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The tables of this network namespace: {@code /proc/net/tcp} and {@code /proc/net/tcp6}. */
public final class ProcNetTcp implements TcpTableSource {
    private static final Path TCP4 = Path.of("/proc/net/tcp");
    private static final Path TCP6 = Path.of("/proc/net/tcp6");

    @Override
    public boolean available() {
        try {
            read(Family.V4);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public TcpTable read(Family family) throws IOException {
        Path path = family == Family.V4 ? TCP4 : TCP6;
        if (family == Family.V6 && !Files.exists(TCP6)) {
            return TcpTable.empty(); // a kernel without IPv6
        }
        // /proc files report size 0; readAllBytes reads to the end regardless.
        return TcpTable.parse(new String(Files.readAllBytes(path), StandardCharsets.US_ASCII));
    }
}
