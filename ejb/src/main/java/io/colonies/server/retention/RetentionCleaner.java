package io.colonies.server.retention;

import io.colonies.server.process.ProcessRepository;
import io.colonies.server.workflow.ProcessGraphRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Deletes one bounded batch per call, each in its own short transaction, so a large backlog never
 * becomes one huge transaction. Rows someone else has locked are skipped and taken on a later pass.
 * The SQL belongs to the tables' stores.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionCleaner {
    @Inject
    ProcessRepository processes;

    @Inject
    ProcessGraphRepository graphs;

    /**
     * Successful processes outside any workflow; their attributes go with them (foreign key cascade).
     * Members of a workflow are removed only with their whole graph, so no graph is left half deleted.
     */
    public int deleteProcesses(Instant cutoff, int batch) {
        return processes.deleteSuccessfulStandalone(cutoff, batch);
    }

    /** Successful workflows with all their processes; returns how many graphs were deleted. */
    public int deleteGraphs(Instant cutoff, int batch) {
        List<String> graphIds = graphs.lockSuccessfulBefore(cutoff, batch);
        if (graphIds.isEmpty()) {
            return 0;
        }
        processes.deleteInGraphs(graphIds);
        return graphs.deleteAll(graphIds);
    }
}
