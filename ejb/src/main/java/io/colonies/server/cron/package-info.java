/**
 * Cron schedules that submit workflows when their stored deadline passes: the use cases ({@link
 * io.colonies.server.cron.Crons}), the checker and the one store of the {@code crons} table.
 */
package io.colonies.server.cron;
