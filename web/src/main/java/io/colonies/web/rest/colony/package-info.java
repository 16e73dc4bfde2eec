/** Colonies over REST: {@code /v1/colonies}, their renaming, deletion and statistics. */
package io.colonies.web.rest.colony;
