package io.colonies.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SummaryTest {
    private static final List<RowSpec> SPECS = List.of(
            RowSpec.of("submit", "submit, {clients} clients").rate("per_s").latency("p50_ms", "p99_ms")
                    .comparedWith(PgLimits.SUBMIT),
            RowSpec.of("drain", "drain, {executors} executors").rate("completed_per_s")
                    .latency("cycle_p50_ms", "cycle_p99_ms").comparedWith(PgLimits.DRAIN)
                    .note("drain {executors}: assign p50 {assign_p50_ms} ms"),
            RowSpec.of("wake", "wake-up").latency("p50_ms", "p99_ms"),
            RowSpec.of("batch-drain", "batch drain").rate("completed_per_s").comparedWith(PgLimits.DRAIN),
            RowSpec.of("never-run", "never run").rate("per_s"));

    private static final List<String> PG = List.of(
            "{\"scenario\":\"pg_submit\",\"clients\":8,\"seconds\":10,\"per_s\":14206.1}",
            "{\"scenario\":\"pg_drain\",\"clients\":8,\"seconds\":10,\"completions_per_s\":4000}",
            "{\"scenario\":\"pg_cycle_submit_claim_close\",\"clients\":8,\"seconds\":10,\"completions_per_s\":}");

    private static List<ResultLine> lines(List<String> text) {
        return text.stream().map(ResultLine::parse).flatMap(Optional::stream).toList();
    }

    private static Summary summary(String... results) {
        return new Summary(SPECS, lines(List.of(results)), new PgLimits(lines(PG)));
    }

    @Test
    void aRowPerResultLineWithCpuAndTheRatioToItsPgLimitFigure() {
        Summary summary = summary(
                "{\"scenario\":\"submit\",\"clients\":8,\"per_s\":597,\"p50_ms\":11.5,\"p99_ms\":33,"
                        + "\"cpu_client_ms_per_process\":0.9,\"cpu_server_ms_per_process\":1.9,"
                        + "\"cpu_db_ms_per_process\":1.04}",
                "{\"scenario\":\"drain\",\"executors\":1,\"completed_per_s\":100,\"assign_p50_ms\":3.5}",
                "{\"scenario\":\"drain\",\"executors\":8,\"completed_per_s\":400,\"assign_p50_ms\":8}");
        List<TableRow> rows = summary.rows();
        assertEquals(3, rows.size());
        TableRow submit = rows.get(0);
        assertEquals("submit, 8 clients", submit.label());
        assertEquals(597 / 14206.1, submit.ratio(), 1e-12);
        assertEquals(2.94, submit.serverPlusPgCpu(), 1e-9);
        assertEquals("drain, 1 executors", rows.get(1).label());
        assertEquals(0.1, rows.get(2).ratio(), 1e-12);
        assertEquals(List.of("drain 1: assign p50 3.50 ms", "drain 8: assign p50 8 ms"), summary.notes());
    }

    @Test
    void aScenarioWithoutAPgLimitFigureHasNoRatio() {
        TableRow wake = summary("{\"scenario\":\"wake\",\"p50_ms\":11.5,\"p99_ms\":21.4}").rows().get(0);
        assertNull(wake.pgLimit());
        assertTrue(Double.isNaN(wake.rate()));
        assertTrue(Double.isNaN(wake.ratio()));
    }

    @Test
    void aFailedOrSkippedScenarioShowsAsSkippedAndOneNotRunIsLeftOut() {
        Summary summary = summary(
                "{\"scenario\":\"skipped\",\"of\":\"batch-drain\",\"message\":\"no batch endpoints (HTTP 404)\"}");
        assertEquals(1, summary.rows().size());
        assertEquals("no batch endpoints (HTTP 404)", summary.rows().get(0).skipped());
        assertEquals(List.of("batch-drain: skipped, no batch endpoints (HTTP 404)"), summary.notes());
    }

    @Test
    void noiseAndClusterCpuGoIntoTheNotes() {
        Summary summary = summary("{\"scenario\":\"wake\",\"processes\":100,\"cpu_other_ms_per_process\":0.5,"
                + "\"cpu_pg_cluster_ms_per_process\":1.25}");
        assertEquals(List.of("wake: 100 processes; other processes on the machine used 0.50 ms/process meanwhile;"
                + " the whole PostgreSQL cluster 1.25 ms/process"), summary.notes());
    }

    @Test
    void aPgLimitFigureThatPgbenchDidNotPrintIsUnknown() {
        PgLimits pg = new PgLimits(lines(PG));
        assertEquals(14206.1, pg.figure(PgLimits.SUBMIT), 1e-9);
        assertTrue(Double.isNaN(pg.figure(PgLimits.CYCLE)));
        assertTrue(Double.isNaN(PgLimits.ratio(100, Double.NaN)));
        assertTrue(Double.isNaN(PgLimits.ratio(100, 0)));
    }
}
