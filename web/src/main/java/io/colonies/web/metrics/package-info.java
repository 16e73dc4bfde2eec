/**
 * Metrics seen from the protocol side: request latency per operation (RPC payload type, REST route),
 * long-poll waiters and open subscriptions, and one structured log line for every 5xx reply with its
 * incident id.
 */
package io.colonies.web.metrics;
