/**
 * CPU accounting from Linux {@code /proc}: how many CPU milliseconds the harness, the server JVM and
 * PostgreSQL spend per completed process, which on a shared 2-core machine says more than a rate.
 */
package io.colonies.bench.cpu;
