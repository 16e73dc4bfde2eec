package io.colonies.server.serverinfo;

import io.colonies.model.core.ProcessState;
import io.colonies.model.core.Statistics;
import io.colonies.server.colony.ColonyStatistics;
import io.colonies.server.metrics.RowCounts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Metadata;

/**
 * The gauges existing Grafana dashboards read from the reference server, under its exact names:
 * {@code colonies_server_colonies}, {@code colonies_server_executors},
 * {@code colonies_server_processes_<state>} and {@code colonies_server_workflows_<state>}. They are
 * cluster-wide (every replica reports the same database) and at most {@code COLONIES_METRICS_REFRESH_MS}
 * old.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class RowCountGauges {
    public static final long DEFAULT_REFRESH_MS = 5000;
    public static final String REFRESH_KEY = "COLONIES_METRICS_REFRESH_MS";

    private static final String[] STATE_NAMES = {"waiting", "running", "successful", "failed"};

    @Inject
    MetricRegistry registry;

    @Inject
    ColonyStatistics statistics;

    @Inject
    @ConfigProperty(name = REFRESH_KEY, defaultValue = "" + DEFAULT_REFRESH_MS)
    long refreshMs;

    private RowCounts counts;

    @PostConstruct
    void register() {
        counts = new RowCounts(this::read, System::nanoTime, refreshMs);
        gauge("colonies_server_colonies", "Colonies (cluster-wide)", RowCounts.Counts::colonies);
        gauge("colonies_server_executors", "Registered executors, any state (cluster-wide)", RowCounts.Counts::executors);
        for (int state = ProcessState.WAITING; state <= ProcessState.FAILED; state++) {
            int s = state;
            gauge("colonies_server_processes_" + STATE_NAMES[s], "Processes in state " + STATE_NAMES[s].toUpperCase()
                    + " (cluster-wide)", c -> c.processes()[s]);
            gauge("colonies_server_workflows_" + STATE_NAMES[s], "Workflows (process graphs) in state "
                    + STATE_NAMES[s].toUpperCase() + " (cluster-wide)", c -> c.workflows()[s]);
        }
    }

    private void gauge(String name, String help, ToLongFunction<RowCounts.Counts> value) {
        Metadata metadata = Metadata.builder().withName(name)
                .withDescription(help + "; at most " + REFRESH_KEY + " ms old").withUnit(MetricUnits.NONE).build();
        registry.gauge(metadata, counts, c -> value.applyAsLong(c.get()));
    }

    /** The same server-wide counts as getstatisticsmsg, through the stores that own the tables. */
    private RowCounts.Counts read() {
        Statistics s = statistics.count(null);
        return new RowCounts.Counts(s.colonies, s.executors,
                new long[] {s.waitingprocesses, s.runningprocesses, s.successfulprocesses, s.failedprocesses},
                new long[] {s.waitingworkflows, s.runningworkflows, s.successfulworkflows, s.failedworkflows});
    }
}
