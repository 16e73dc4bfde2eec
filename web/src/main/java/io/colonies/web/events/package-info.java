/**
 * Delivery of process events to this replica's live listeners, shared by the WebSocket subscriptions
 * (pubsub) and the SSE streams (REST): one matcher and one deliverer for both protocols.
 */
package io.colonies.web.events;
