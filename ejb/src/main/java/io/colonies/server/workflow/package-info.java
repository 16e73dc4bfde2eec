/** Process graphs: DAG creation, readiness of children and graph state resolution. */
package io.colonies.server.workflow;
