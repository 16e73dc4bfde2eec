/**
 * Process subscriptions over the {@code /pubsub} WebSocket (PROTOCOL §7): signed subscribe frames,
 * scoped to the subscriber's colony, fed by process events from every replica.
 */
package io.colonies.web.pubsub;
