/**
 * Colonies: creation, renaming, deletion with everything in them, and statistics. {@link
 * io.colonies.server.colony.Colonies} holds the use cases, {@link io.colonies.server.colony.ColonyStore}
 * the table.
 */
package io.colonies.server.colony;
