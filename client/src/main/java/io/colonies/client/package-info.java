/**
 * Java client for the Colonies RPC protocol: one typed call per message type of PROTOCOL §5, signed
 * with the caller's key and sent over {@link java.net.http.HttpClient}. Server error replies become
 * {@link io.colonies.client.ColoniesException}, transport failures
 * {@link io.colonies.client.ServerUnreachableException}.
 */
package io.colonies.client;
