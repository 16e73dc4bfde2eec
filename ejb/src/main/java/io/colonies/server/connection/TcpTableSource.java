package io.colonies.server.connection;

import java.io.IOException;

/** Where the kernel's TCP tables come from; a fake in unit tests. */
public interface TcpTableSource {
    /** Whether the tables can be read here at all (Linux with /proc mounted and readable). */
    boolean available();

    /**
     * The table of one address family. Reading one costs the kernel a walk of its whole connection
     * hash (about 5 ms on a 24 GiB machine however few connections there are), so callers read only
     * the families they need.
     */
    TcpTable read(Family family) throws IOException;

    /** The two tables: IPv4, and IPv6 (which also holds IPv4 clients of a dual-stack listener). */
    enum Family { V4, V6 }
}
