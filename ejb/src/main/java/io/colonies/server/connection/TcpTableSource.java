package io.colonies.server.connection;

import java.io.IOException;

/** Where the kernel's TCP table comes from; a fake in unit tests. */
public interface TcpTableSource {
    /** Whether the table can be read here at all (Linux with /proc mounted and readable). */
    boolean available();

    TcpTable read() throws IOException;
}
