package io.colonies.bench;

import io.colonies.bench.report.MarkdownTable;
import io.colonies.bench.report.PgLimits;
import io.colonies.bench.report.ResultLine;
import io.colonies.bench.report.RowSpec;
import io.colonies.bench.report.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Prints the markdown table of one {@code bench/run}: {@code Report results.jsonl [pg-limit.jsonl]}.
 * Lines that are not JSON objects (progress, a pgbench failure) are ignored; pg-limit's own lines are
 * repeated verbatim under the table so the raw figures stay next to the ratios computed from them.
 */
public final class Report {
    private Report() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java -cp colonies-bench.jar io.colonies.bench.Report results.jsonl"
                    + " [pg-limit.jsonl]");
            System.exit(2);
        }
        List<String> results = Files.readAllLines(Path.of(args[0]));
        List<String> pg = args.length > 1 && Files.exists(Path.of(args[1]))
                ? Files.readAllLines(Path.of(args[1])) : List.of();
        System.out.print(render(Scenarios.rowSpecs(), results, pg));
    }

    static String render(List<RowSpec> specs, List<String> results, List<String> pgLines) {
        Summary summary = new Summary(specs, parse(results), new PgLimits(parse(pgLines)));
        StringBuilder out = new StringBuilder(MarkdownTable.render(summary.rows())).append('\n');
        for (String note : summary.notes()) {
            out.append("- ").append(note).append('\n');
        }
        out.append("\nRaw pg-limit.sh lines:\n\n```\n");
        if (pgLines.stream().allMatch(String::isBlank)) {
            out.append("(pg-limit.sh did not run)\n");
        }
        pgLines.stream().filter(line -> !line.isBlank()).forEach(line -> out.append(line).append('\n'));
        return out.append("```\n").toString();
    }

    private static List<ResultLine> parse(List<String> lines) {
        return lines.stream().map(ResultLine::parse).flatMap(Optional::stream).toList();
    }
}
