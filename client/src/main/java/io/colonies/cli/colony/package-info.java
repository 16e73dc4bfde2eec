/** {@code colonies colony add|ls|rm}: colony administration with the server owner key. */
package io.colonies.cli.colony;
