/**
 * The process queue: the {@link io.colonies.server.process.Processes} use cases, exactly-once claim,
 * guarded transitions, the deadline scan and attributes, with all SQL of processes and attributes in
 * one store. Other domains react to closes through the synchronous {@code ProcessClosed} event.
 */
package io.colonies.server.process;
