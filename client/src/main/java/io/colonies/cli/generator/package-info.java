/** {@code colonies generator ...}: workflows submitted once enough arguments were packed. */
package io.colonies.cli.generator;
