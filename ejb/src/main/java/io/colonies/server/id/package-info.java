/**
 * Typed ids and small values that cross the use-case boundary. Each record validates itself, so a use
 * case never sees a null, oversized or NUL-carrying id. Imports nothing of ours but {@code error}.
 */
package io.colonies.server.id;
