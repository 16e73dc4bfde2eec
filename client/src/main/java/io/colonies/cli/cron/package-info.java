/** {@code colonies cron ...}: workflows started on a schedule by the server. */
package io.colonies.cli.cron;
