/** {@code GET /metrics} scraped by a real Prometheus, and the incident ids of 5xx replies in the log. */
package it.metrics;
