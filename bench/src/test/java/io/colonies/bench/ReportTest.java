package io.colonies.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    @Test
    void printsTheTableNotesAndTheRawPgLimitLines() {
        String pgLine = "{\"scenario\":\"pg_drain\",\"clients\":8,\"seconds\":10,\"completions_per_s\":4406.2}";
        String out = Report.render(Scenarios.rowSpecs(), List.of(
                "{\"scenario\":\"drain\",\"executors\":8,\"count\":3000,\"completed_per_s\":426,"
                        + "\"cycle_p50_ms\":16.2,\"cycle_p99_ms\":40,\"assign_p50_ms\":8,\"close_p50_ms\":8.1,"
                        + "\"processes\":3000,\"cpu_client_ms_per_process\":1.1,\"cpu_server_ms_per_process\":1.9,"
                        + "\"cpu_db_ms_per_process\":1.04,\"cpu_other_ms_per_process\":0.2,"
                        + "\"cpu_pg_cluster_ms_per_process\":1.3}",
                "{\"scenario\":\"error\",\"of\":\"wake\",\"message\":\"boom\"}"), List.of(pgLine, ""));
        assertTrue(out.contains("| drain of 3000, 8 executors | 426/s | 16.2 | 40.0 | 1.10 | 1.90 | 1.04 | 2.94 "
                + "| 4,406/s pg_drain | 0.097 |"), out);
        assertTrue(out.contains("| wake | skipped |"), out);
        assertTrue(out.contains("- wake: skipped, boom"), out);
        assertTrue(out.contains("```\n" + pgLine + "\n```"), out);
    }

    @Test
    void theBatchDrainRowHasItsLabelRateCyclePercentilesCpuAndRatioToPgDrain() {
        String out = Report.render(Scenarios.rowSpecs(), List.of(
                "{\"scenario\":\"batch\",\"executors\":8,\"max\":64,\"count\":3000,\"completed_per_s\":2203.4,"
                        + "\"cycle_p50_ms\":21.5,\"cycle_p99_ms\":80.25,\"assign_p50_ms\":9,\"close_p50_ms\":12.5,"
                        + "\"mean_batch\":31.25,\"requests\":192,\"duplicates\":0,\"failures\":0,"
                        + "\"processes\":3000,\"cpu_client_ms_per_process\":0.05,\"cpu_server_ms_per_process\":0.2,"
                        + "\"cpu_db_ms_per_process\":0.09,\"cpu_other_ms_per_process\":0.01,"
                        + "\"cpu_pg_cluster_ms_per_process\":0.1}"),
                List.of("{\"scenario\":\"pg_drain\",\"completions_per_s\":4406.2}"));
        assertTrue(out.contains("| batch drain of 3000, 8 executors, max 64 | 2,203/s | 21.5 | 80.3 | 0.05 | 0.20 "
                + "| 0.09 | 0.29 | 4,406/s pg_drain | 0.500 |"), out);
        assertTrue(out.contains("- batch, 8 executors: p50/p99 are one batch assign → batch close cycle of 31.25"
                + " processes on average; assign alone p50 9 ms, close alone p50 12.50 ms; 192 requests;"
                + " 0 completed twice, 0 failures"), out);
    }

    @Test
    void saysSoWhenPgLimitDidNotRun() {
        String out = Report.render(Scenarios.rowSpecs(), List.of(), List.of());
        assertTrue(out.contains("(pg-limit.sh did not run)"), out);
    }
}
