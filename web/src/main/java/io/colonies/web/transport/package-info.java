/**
 * Defences at the HTTP transport, ahead of REST and RPC: bounded request bodies, a deadline for
 * reading them, malformed framing answered as 400, and Retry-After on every 503.
 */
package io.colonies.web.transport;
