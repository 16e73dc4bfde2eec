package io.colonies.bench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * How one scenario's result lines become table rows: which fields hold its rate and latencies, which
 * pg-limit figure its rate is compared with, and what notes go under the table. Every result line of
 * the scenario gives one row (a drain with 1, 8 and 32 executors gives three).
 *
 * @param scenario the {@code "scenario"} value of its result lines
 * @param label    row label; {@code {field}} is replaced by that field of the line
 * @param rate     field of the rate (per second), or null when the scenario has none
 * @param p50      field of the median latency in ms
 * @param p99      field of the 99th percentile in ms
 * @param pgLimit  the pg-limit.sh scenario whose figure the rate is divided by, or null
 * @param notes    templates for lines under the table, filled like the label
 */
public record RowSpec(String scenario, String label, String rate, String p50, String p99, String pgLimit,
                      List<String> notes) {
    public RowSpec {
        notes = List.copyOf(notes);
    }

    public static RowSpec of(String scenario, String label) {
        return new RowSpec(scenario, label, null, null, null, null, List.of());
    }

    public RowSpec rate(String field) {
        return new RowSpec(scenario, label, field, p50, p99, pgLimit, notes);
    }

    public RowSpec latency(String p50Field, String p99Field) {
        return new RowSpec(scenario, label, rate, p50Field, p99Field, pgLimit, notes);
    }

    public RowSpec comparedWith(String pgLimitScenario) {
        return new RowSpec(scenario, label, rate, p50, p99, pgLimitScenario, notes);
    }

    public RowSpec note(String template) {
        List<String> more = new ArrayList<>(notes);
        more.add(template);
        return new RowSpec(scenario, label, rate, p50, p99, pgLimit, more);
    }
}
