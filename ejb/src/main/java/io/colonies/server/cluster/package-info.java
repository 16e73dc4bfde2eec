/** Replica coordination: scan leases, cross-replica wake-ups over LISTEN/NOTIFY, and the timer. */
package io.colonies.server.cluster;
