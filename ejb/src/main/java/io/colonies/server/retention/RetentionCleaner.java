package io.colonies.server.retention;

import jakarta.inject.Inject;
import io.colonies.server.db.Sql;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.List;

/**
 * Deletes one bounded batch per call, each in its own short transaction, so a large backlog never
 * becomes one huge transaction. Rows someone else has locked are skipped and taken on a later pass.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionCleaner {
    @Inject
    Sql sql;



    /**
     * Successful processes outside any workflow; their attributes go with them (foreign key cascade).
     * Members of a workflow are removed only with their whole graph, so no graph is left half deleted.
     */
    public int deleteProcesses(Instant cutoff, int batch) {
        return sql.update("DELETE FROM processes WHERE process_id IN (SELECT process_id FROM processes"
                + " WHERE state = 2 AND processgraph_id = '' AND submission_time < ? LIMIT ? FOR UPDATE SKIP LOCKED)",
                cutoff, batch);
    }

    /** Successful workflows with all their processes; returns how many graphs were deleted. */
    public int deleteGraphs(Instant cutoff, int batch) {
        List<String> graphIds = sql.query("SELECT processgraph_id FROM process_graphs WHERE state = 2"
                + " AND submission_time < ? LIMIT ? FOR UPDATE SKIP LOCKED", rs -> rs.getString(1), cutoff, batch);
        if (graphIds.isEmpty()) {
            return 0;
        }
        sql.update("DELETE FROM processes WHERE processgraph_id = ANY (?)", Sql.textArray(graphIds));
        return sql.update("DELETE FROM process_graphs WHERE processgraph_id = ANY (?)", Sql.textArray(graphIds));
    }
}
