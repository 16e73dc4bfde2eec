/**
 * Prometheus metrics of the server through MicroProfile Metrics: the reference's row-count gauges
 * (cached, see {@link io.colonies.server.metrics.RowCounts}), process and scan counters and timers,
 * and security counters.
 */
package io.colonies.server.metrics;
