package io.colonies.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTableTest {
    @Test
    void writesTheColumnsOfIssue12() {
        String table = MarkdownTable.render(List.of(
                new TableRow("submit, 8 clients", 597.2, 11.46, 33.0, 0.9, 1.9, 1.04, PgLimits.SUBMIT, 14206.1, null),
                new TableRow("wake | blocked", Double.NaN, 6.4, 14.6, 0.5, 5.1, 1.0, null, Double.NaN, null),
                TableRow.skipped("batch-drain", "no endpoints")));
        assertEquals(String.join("\n",
                MarkdownTable.HEADER,
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
                "| submit, 8 clients | 597/s | 11.5 | 33.0 | 0.90 | 1.90 | 1.04 | 2.94 | 14,206/s pg_submit | 0.042 |",
                "| wake \\| blocked | – | 6.4 | 14.6 | 0.50 | 5.10 | 1.00 | 6.10 | – | – |",
                "| batch-drain | skipped | – | – | – | – | – | – | – | – |",
                ""), table);
    }
}
