/**
 * Log lines with named fields: plain {@code key=value} text in the default console format, and extra
 * JSON fields when {@code COLONIES_LOG_FORMAT=json} switches Liberty's console to JSON.
 */
package io.colonies.server.logging;
