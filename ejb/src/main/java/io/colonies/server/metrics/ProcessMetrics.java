package io.colonies.server.metrics;

import io.colonies.model.core.Process;
import io.colonies.server.logging.LogFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts what this replica did to processes (submits, assigns, closes) per colony and executor type,
 * times claim attempts, and logs each transition as one line with fields. Counting happens after
 * commit, so a rolled-back change is never counted. Args, input and output are never logged.
 */
@ApplicationScoped
public class ProcessMetrics {
    public static final boolean DEFAULT_LOG_PROCESS_EVENTS = true;
    public static final String SUBMITTED = "colonies_server_processes_submitted";
    public static final String ASSIGNED = "colonies_server_processes_assigned";
    public static final String CLOSED = "colonies_server_processes_closed";
    public static final String CLAIM = "colonies_server_claim";
    private static final Logger LOG = Logger.getLogger("io.colonies.server.process.events");

    @Inject
    MetricHandles metrics;

    @Inject
    AfterCommit afterCommit;

    @Inject
    @ConfigProperty(name = "COLONIES_LOG_PROCESS_EVENTS", defaultValue = "" + DEFAULT_LOG_PROCESS_EVENTS)
    boolean logProcessEvents;

    /** A process was queued (a function spec, or one node of a workflow). */
    public void submitted(String colony, String type, String processId, String operation) {
        afterCommit.run(() -> {
            metrics.counter(SUBMITTED, "colony", colony, "executor_type", type).inc();
            log("Process submitted", LogFields.with(LogFields.OPERATION, operation).and(LogFields.COLONY, colony)
                    .and(LogFields.PROCESS, processId).and(LogFields.EXECUTOR_TYPE, type), -1);
        });
    }

    /** Times one claim attempt; counts an assign when it claimed a process. */
    public Process timedClaim(String colonyId, String executorType, String executorId, Supplier<Process> claim) {
        long started = System.nanoTime();
        Process claimed = claim.get();
        long nanos = System.nanoTime() - started;
        metrics.timer(CLAIM, "colony", colonyId, "executor_type", executorType,
                "outcome", claimed == null ? "empty" : "claimed").update(Duration.ofNanos(nanos));
        if (claimed != null) {
            afterCommit.run(() -> {
                metrics.counter(ASSIGNED, "colony", colonyId, "executor_type", executorType).inc();
                log("Process assigned", LogFields.with(LogFields.OPERATION, "assign").and(LogFields.COLONY, colonyId)
                        .and(LogFields.PROCESS, claimed.processid).and(LogFields.EXECUTOR, executorId)
                        .and(LogFields.EXECUTOR_TYPE, executorType), nanos / 1_000_000);
            });
        }
        return claimed;
    }

    /** As {@link #timedClaim} for a claim of many processes in one statement (a batch assign). */
    public List<Process> timedClaims(String colonyId, String executorType, String executorId,
                                     Supplier<List<Process>> claim) {
        long started = System.nanoTime();
        List<Process> claimed = claim.get();
        long nanos = System.nanoTime() - started;
        metrics.timer(CLAIM, "colony", colonyId, "executor_type", executorType,
                "outcome", claimed.isEmpty() ? "empty" : "claimed").update(Duration.ofNanos(nanos));
        if (!claimed.isEmpty()) {
            afterCommit.run(() -> {
                metrics.counter(ASSIGNED, "colony", colonyId, "executor_type", executorType).inc(claimed.size());
                for (Process p : claimed) {
                    log("Process assigned", LogFields.with(LogFields.OPERATION, "assign").and(LogFields.COLONY, colonyId)
                            .and(LogFields.PROCESS, p.processid).and(LogFields.EXECUTOR, executorId)
                            .and(LogFields.EXECUTOR_TYPE, executorType), nanos / 1_000_000);
                }
            });
        }
        return claimed;
    }

    /** The assignee closed a process; {@code ran} is how long it was RUNNING, when known. */
    public void closed(Process p, boolean successful, String executorId, Duration ran) {
        String colony = p.spec.conditions.colonyid;
        String type = p.spec.conditions.executortype;
        String outcome = successful ? "successful" : "failed";
        afterCommit.run(() -> {
            metrics.counter(CLOSED, "colony", colony, "executor_type", type, "outcome", outcome).inc();
            log("Process closed " + outcome, LogFields.with(LogFields.OPERATION, successful ? "close" : "fail")
                    .and(LogFields.COLONY, colony).and(LogFields.PROCESS, p.processid).and(LogFields.EXECUTOR, executorId)
                    .and(LogFields.EXECUTOR_TYPE, type), ran == null ? -1 : ran.toMillis());
        });
    }

    private void log(String message, LogFields fields, long durationMs) {
        if (logProcessEvents) {
            (durationMs >= 0 ? fields.and(LogFields.DURATION_MS, durationMs) : fields).log(LOG, Level.INFO, message);
        }
    }

}
