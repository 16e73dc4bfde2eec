package io.colonies.bench.report;

/**
 * One row of the table; NaN where a value does not apply or was not measured.
 *
 * @param skipped why the scenario has no figures (it failed or was skipped), or null
 */
public record TableRow(String label, double rate, double p50, double p99, double clientCpu, double serverCpu,
                       double pgCpu, String pgLimit, double pgFigure, String skipped) {

    static TableRow skipped(String label, String why) {
        return new TableRow(label, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                null, Double.NaN, why);
    }

    /** The server's whole cost per process: its JVM plus the database work it causes. */
    public double serverPlusPgCpu() {
        return serverCpu + pgCpu;
    }

    public double ratio() {
        return PgLimits.ratio(rate, pgFigure);
    }
}
