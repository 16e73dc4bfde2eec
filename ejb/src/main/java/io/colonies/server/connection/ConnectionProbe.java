package io.colonies.server.connection;

import java.io.IOException;

/**
 * Looks up the kernel state of one exact connection, in about the time of a hash lookup, where
 * reading a whole {@link TcpTable} walks every bucket of the kernel's connection hash.
 */
interface ConnectionProbe {
    /** The connection's TCP state ({@link TcpTable} constants), or -1 when the kernel has no such connection. */
    int stateOf(TcpEndpoints connection) throws IOException;
}
