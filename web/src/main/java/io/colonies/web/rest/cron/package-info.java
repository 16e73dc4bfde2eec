/** Crons over REST: schedules that submit a workflow, and running one at once. */
package io.colonies.web.rest.cron;
