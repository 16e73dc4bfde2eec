/**
 * {@code GET /metrics} scraped by a real Prometheus and checked against docs/monitoring.md, and the
 * incident ids of 5xx replies in the log.
 */
package it.metrics;
