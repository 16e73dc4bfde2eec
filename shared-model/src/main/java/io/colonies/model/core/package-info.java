/**
 * Wire objects of the Colonies protocol (PROTOCOL §4). Field names are the lowercase wire names so the
 * JSON is byte-compatible with the Go clients; lists start empty because clients expect {@code []}.
 */
package io.colonies.model.core;
