package io.colonies.server.colony;

import io.colonies.model.core.Statistics;
import io.colonies.server.executor.ExecutorStore;
import io.colonies.server.process.ProcessRepository;
import io.colonies.server.workflow.ProcessGraphRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The counts of getcolonystatsmsg and getstatisticsmsg, for one colony or for the whole server. */
@ApplicationScoped
public class ColonyStatistics {
    @Inject
    ColonyStore colonies;

    @Inject
    ExecutorStore executors;

    @Inject
    ProcessRepository processes;

    @Inject
    ProcessGraphRepository graphs;

    /** Counts in the caller's transaction; {@code colonyIdOrNull} null means every colony. */
    public Statistics count(String colonyIdOrNull) {
        Statistics stats = new Statistics();
        stats.colonies = colonyIdOrNull == null ? colonies.count() : 1;
        stats.executors = executors.count(colonyIdOrNull);
        processes.countByState(colonyIdOrNull, stats);
        graphs.countByState(colonyIdOrNull, stats);
        return stats;
    }
}
