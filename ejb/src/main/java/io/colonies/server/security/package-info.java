/** The roles of PROTOCOL §3 (server owner, colony owner, member), checked in one place. */
package io.colonies.server.security;
