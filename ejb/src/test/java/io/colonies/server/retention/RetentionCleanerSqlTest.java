package io.colonies.server.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.colonies.server.db.Sql;
import io.colonies.server.db.TestDatabase;
import io.colonies.server.process.ProcessRepository;
import io.colonies.server.workflow.ProcessGraphRepository;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What retention deletes and keeps, against PostgreSQL. */
class RetentionCleanerSqlTest {
    private static final Instant CUTOFF = Instant.parse("2023-03-01T12:00:00Z");
    private static final Instant OLD = CUTOFF.minusSeconds(1);
    private static final Instant NEW = CUTOFF.plusSeconds(1);
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perTestClass();
    private static Sql sql;

    @BeforeAll
    static void database() {
        sql = new Sql(db.autoCommit());
    }

    private static void process(String id, int state, Instant submitted, String graphId) {
        sql.update("INSERT INTO processes (process_id, colony_id, executor_type, state, priority_time, submission_time,"
                + " processgraph_id, spec) VALUES (?, 'c', 't', ?, 0, ?, ?, '{}')", id, state, submitted, graphId);
        sql.update("INSERT INTO attributes (attribute_id, target_id, target_colony_id, attribute_type, key, value, added)"
                + " VALUES (?, ?, 'c', 1, 'k', 'v', ?)", id + "-attr", id, submitted);
    }

    private static void graph(String id, int state, Instant submitted) {
        sql.update("INSERT INTO process_graphs (processgraph_id, colony_id, state, submission_time) VALUES (?, 'c', ?, ?)",
                id, state, submitted);
    }

    private static List<String> remaining(String table, String idColumn) {
        return sql.query("SELECT " + idColumn + " FROM " + table + " ORDER BY 1", rs -> rs.getString(1));
    }

    private static RetentionCleaner cleaner() {
        RetentionCleaner cleaner = new RetentionCleaner();
        cleaner.processes = new ProcessRepository(sql);
        cleaner.graphs = new ProcessGraphRepository(sql);
        return cleaner;
    }

    @Test
    void deletesOnlyOldSuccessfulWorkAndKeepsGraphsWhole() {
        process("old-success", 2, OLD, "");
        process("new-success", 2, NEW, "");
        process("old-failed", 3, OLD, "");
        process("old-waiting", 0, OLD, "");
        graph("g-old-success", 2, OLD);
        process("g-old-success-p", 2, OLD, "g-old-success");
        graph("g-old-failed", 3, OLD);
        process("g-old-failed-ok", 2, OLD, "g-old-failed");
        graph("g-old-running", 1, OLD);
        process("g-old-running-ok", 2, OLD, "g-old-running");
        graph("g-new-success", 2, NEW);
        process("g-new-success-p", 2, NEW, "g-new-success");

        RetentionCleaner cleaner = cleaner();
        assertEquals(1, cleaner.deleteProcesses(CUTOFF, 100));
        assertEquals(1, cleaner.deleteGraphs(CUTOFF, 100));

        assertEquals(List.of("g-new-success-p", "g-old-failed-ok", "g-old-running-ok", "new-success", "old-failed",
                "old-waiting"), remaining("processes", "process_id"));
        assertEquals(List.of("g-new-success", "g-old-failed", "g-old-running"),
                remaining("process_graphs", "processgraph_id"));
        assertEquals(6, remaining("attributes", "attribute_id").size(), "attributes went with their processes");
    }

    @Test
    void batchesAreBounded() {
        for (int i = 0; i < 5; i++) {
            process("batch-" + i, 2, OLD.minusSeconds(60), "");
        }
        RetentionCleaner cleaner = cleaner();
        assertEquals(2, cleaner.deleteProcesses(OLD.minusSeconds(1), 2));
        assertEquals(2, cleaner.deleteProcesses(OLD.minusSeconds(1), 2));
        assertEquals(1, cleaner.deleteProcesses(OLD.minusSeconds(1), 2));
    }
}
