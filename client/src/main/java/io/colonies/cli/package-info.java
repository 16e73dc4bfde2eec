/**
 * The {@code colonies} command line (picocli): one subcommand family per domain, settings from the
 * same {@code COLONIES_*} environment variables as the Go CLI, tables for people and {@code --json}
 * for scripts, and exit codes that tell usage errors, server refusals and outages apart.
 */
package io.colonies.cli;
