/**
 * {@code colonies executor ...}: executor administration with the colony owner key, and
 * {@code executor run}, the ready-made executor built on {@link io.colonies.client.executor.ExecutorLoop}.
 */
package io.colonies.cli.executor;
