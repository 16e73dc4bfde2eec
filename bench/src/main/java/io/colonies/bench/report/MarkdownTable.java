package io.colonies.bench.report;

import java.util.List;

/** Writes the rows as the one markdown table of issue 12. */
public final class MarkdownTable {
    static final String HEADER = "| Scenario | Rate | p50 ms | p99 ms | Client CPU ms/process "
            + "| Server CPU ms/process | PG CPU ms/process | Server+PG ms/process | pg-limit | Ratio |";

    private MarkdownTable() {
    }

    public static String render(List<TableRow> rows) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (TableRow row : rows) {
            out.append("| ").append(cell(row.label())).append(" | ");
            if (row.skipped() != null) {
                out.append("skipped |").append(" – |".repeat(8)).append('\n');
                continue;
            }
            out.append(String.join(" | ",
                    Numbers.rate(row.rate()),
                    Numbers.millis(row.p50()),
                    Numbers.millis(row.p99()),
                    Numbers.cpu(row.clientCpu()),
                    Numbers.cpu(row.serverCpu()),
                    Numbers.cpu(row.pgCpu()),
                    Numbers.cpu(row.serverPlusPgCpu()),
                    row.pgLimit() == null ? Numbers.UNKNOWN : Numbers.rate(row.pgFigure()) + " " + row.pgLimit(),
                    Numbers.ratio(row.ratio())))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** A pipe would end the cell early. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
