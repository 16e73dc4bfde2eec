/**
 * Which client connections are still there. Liberty does not report a client that goes away while
 * its request is suspended, but the kernel does: this package reads the TCP table of
 * {@code /proc/net/tcp} and {@code /proc/net/tcp6} and tells long-poll waiters whose connection left
 * ESTABLISHED (see docs/compatibility.md, "Vanished long-poll clients").
 */
package io.colonies.server.connection;
