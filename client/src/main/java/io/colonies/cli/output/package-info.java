/** Human output of the CLI: aligned tables, label/value details, and compact JSON for cells and {@code --json}. */
package io.colonies.cli.output;
