package io.colonies.bench;

import io.colonies.bench.report.RowSpec;
import java.util.List;

/** One measurement; prints its own result line(s) through {@link Context#emit}. */
interface Scenario {
    String name();

    void run(Context context) throws Exception;

    /**
     * The rows this scenario contributes to the one-command table ({@code bench/run}); empty for
     * scenarios that are not part of it. Having rows is what puts a scenario in {@code --scenarios table}.
     */
    default List<RowSpec> rows() {
        return List.of();
    }

    /**
     * Thrown when a scenario cannot run against this server (for example the endpoints it needs are
     * not there): reported as a {@code skipped} line and a "skipped" table row, not as a failure.
     */
    final class Skipped extends RuntimeException {
        Skipped(String reason) {
            super(reason);
        }
    }
}
