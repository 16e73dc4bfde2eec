package io.colonies.bench.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The figures of /work/shared/tools/pg-limit.sh: what raw PostgreSQL reaches on this machine with the
 * statements a broker needs and no HTTP, JSON or signatures. It prints {@code per_s} for submit and
 * {@code completions_per_s} for the drain and the submit+claim+close cycle.
 */
public final class PgLimits {
    public static final String SUBMIT = "pg_submit";
    public static final String DRAIN = "pg_drain";
    public static final String CYCLE = "pg_cycle_submit_claim_close";

    private final Map<String, Double> figures = new LinkedHashMap<>();

    public PgLimits(List<ResultLine> lines) {
        for (ResultLine line : lines) {
            OptionalDouble figure = line.number("per_s");
            if (figure.isEmpty()) {
                figure = line.number("completions_per_s");
            }
            if (line.scenario().startsWith("pg_") && figure.isPresent()) {
                figures.put(line.scenario(), figure.getAsDouble());
            }
        }
    }

    /** The figure per second, NaN when pg-limit did not run or did not print it. */
    public double figure(String scenario) {
        return scenario == null ? Double.NaN : figures.getOrDefault(scenario, Double.NaN);
    }

    /** {@code rate / figure}: how much of the raw database's rate the server reaches. */
    public static double ratio(double rate, double figure) {
        return figure > 0 ? rate / figure : Double.NaN;
    }
}
