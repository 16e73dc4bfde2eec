/**
 * Java client for Colonies over RPC ({@link io.colonies.client.ColoniesClient#rpc}) or REST
 * ({@link io.colonies.client.ColoniesClient#rest}, errors as {@link io.colonies.client.ProblemException}),
 * with event subscriptions ({@link io.colonies.client.ProcessEvents}). Over RPC: one typed call per message type of PROTOCOL §5, signed
 * with the caller's key and sent over {@link java.net.http.HttpClient}. Server error replies become
 * {@link io.colonies.client.ColoniesException}, transport failures
 * {@link io.colonies.client.ServerUnreachableException}.
 */
package io.colonies.client;
