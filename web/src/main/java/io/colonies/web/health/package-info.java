/** MicroProfile Health checks; readiness includes the database. */
package io.colonies.web.health;
