package io.colonies.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches result lines to their {@link RowSpec}s: the table's rows, in the order of the specs, and the
 * notes that go under it. A scenario that failed or was skipped (an {@code error} or {@code skipped}
 * line naming it in {@code "of"}) gets a "skipped" row with the reason in the notes, so a missing
 * figure is visible rather than silently absent. Scenarios that did not run at all get no row.
 */
public final class Summary {
    private final List<TableRow> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Summary(List<RowSpec> specs, List<ResultLine> results, PgLimits pg) {
        for (RowSpec spec : specs) {
            boolean any = false;
            for (ResultLine line : results) {
                if (line.scenario().equals(spec.scenario())) {
                    any = true;
                    rows.add(row(spec, line, pg));
                    for (String note : spec.notes()) {
                        notes.add(line.fill(note));
                    }
                    noise(line).ifPresent(notes::add);
                }
            }
            if (!any) {
                notRun(spec, results).ifPresent(why -> {
                    rows.add(TableRow.skipped(spec.scenario(), why));
                    notes.add(spec.scenario() + ": skipped, " + why);
                });
            }
        }
    }

    public List<TableRow> rows() {
        return rows;
    }

    public List<String> notes() {
        return notes;
    }

    static TableRow row(RowSpec spec, ResultLine line, PgLimits pg) {
        return new TableRow(line.fill(spec.label()),
                spec.rate() == null ? Double.NaN : line.numberOrNaN(spec.rate()),
                spec.p50() == null ? Double.NaN : line.numberOrNaN(spec.p50()),
                spec.p99() == null ? Double.NaN : line.numberOrNaN(spec.p99()),
                line.numberOrNaN("cpu_client_ms_per_process"),
                line.numberOrNaN("cpu_server_ms_per_process"),
                line.numberOrNaN("cpu_db_ms_per_process"),
                spec.pgLimit(),
                pg.figure(spec.pgLimit()),
                null);
    }

    /** CPU of everything else on the machine meanwhile, and of the whole PostgreSQL cluster. */
    private static Optional<String> noise(ResultLine line) {
        double other = line.numberOrNaN("cpu_other_ms_per_process");
        if (Double.isNaN(other)) {
            return Optional.empty();
        }
        return Optional.of(line.scenario() + ": " + Numbers.plain(line.numberOrNaN("processes"))
                + " processes; other processes on the machine used " + Numbers.cpu(other)
                + " ms/process meanwhile; the whole PostgreSQL cluster "
                + Numbers.cpu(line.numberOrNaN("cpu_pg_cluster_ms_per_process")) + " ms/process");
    }

    private static Optional<String> notRun(RowSpec spec, List<ResultLine> results) {
        for (ResultLine line : results) {
            boolean aboutIt = line.text("of").filter(spec.scenario()::equals).isPresent();
            if (aboutIt && (line.scenario().equals("error") || line.scenario().equals("skipped"))) {
                return Optional.of(line.text("message").orElse(line.scenario()));
            }
        }
        return Optional.empty();
    }
}
