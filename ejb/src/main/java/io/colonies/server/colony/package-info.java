/** Colonies: creation, renaming, deletion with everything in them, and statistics. */
package io.colonies.server.colony;
