/**
 * A ready-to-use executor loop (PROTOCOL §6.11): register and approve with the colony key, register
 * functions, long-poll for work, run a {@link io.colonies.client.executor.ProcessHandler} and close
 * the process, riding out server outages with back-off and stopping gracefully.
 */
package io.colonies.client.executor;
