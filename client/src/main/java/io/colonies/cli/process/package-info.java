/** {@code colonies function ...} and {@code colonies process ...}: submitting, inspecting, assigning and closing processes. */
package io.colonies.cli.process;
