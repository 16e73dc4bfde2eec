/** Cron messages on {@code POST /api}: roles and wiring to the cron use cases. */
package io.colonies.web.cron;
