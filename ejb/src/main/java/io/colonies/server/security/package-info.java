/**
 * The roles of PROTOCOL §3 (server owner, colony owner, member), checked in one place, and the replay
 * protection of signed requests (nonces shared by all replicas through PostgreSQL).
 */
package io.colonies.server.security;
