package io.colonies.server.connection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The table of this network namespace, both address families. */
public final class ProcNetTcp implements TcpTableSource {
    private static final Path TCP4 = Path.of("/proc/net/tcp");
    private static final Path TCP6 = Path.of("/proc/net/tcp6");

    @Override
    public boolean available() {
        if (!Files.isReadable(TCP4)) {
            return false;
        }
        try {
            read();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public TcpTable read() throws IOException {
        // /proc files report size 0; readAllBytes reads to EOF regardless. tcp6 is absent without IPv6.
        String v4 = new String(Files.readAllBytes(TCP4), StandardCharsets.US_ASCII);
        String v6 = Files.isReadable(TCP6) ? new String(Files.readAllBytes(TCP6), StandardCharsets.US_ASCII) : "";
        return TcpTable.parse(v4, v6);
    }
}
