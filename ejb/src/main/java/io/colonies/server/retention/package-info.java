/**
 * Retention (PROTOCOL §6.10): when switched on, old successful processes and workflows are deleted
 * so the database does not grow without bound. Failed and unfinished work is always kept.
 */
package io.colonies.server.retention;
