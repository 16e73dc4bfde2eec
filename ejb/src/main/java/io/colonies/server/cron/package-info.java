/** Cron schedules that submit workflows when their stored deadline passes. */
package io.colonies.server.cron;
