/** Workflow (process graph) RPC messages. */
package io.colonies.web.workflow;
