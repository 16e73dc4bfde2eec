/**
 * Process graphs: the {@link io.colonies.server.workflow.Workflows} use cases, DAG creation, and graph
 * progress (child readiness, graph state), driven by the process domain's events.
 */
package io.colonies.server.workflow;
