/**
 * Turns the harness's JSON result lines and pg-limit.sh's lines into the one markdown table of issue
 * 12: rate, latencies, CPU per completed process per party, and the ratio to raw PostgreSQL.
 */
package io.colonies.bench.report;
