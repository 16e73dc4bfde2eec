/** Server-wide reads: the build version, statistics over every colony, and the cluster of replicas. */
package io.colonies.server.serverinfo;
