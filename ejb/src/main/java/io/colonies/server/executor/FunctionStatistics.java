package io.colonies.server.executor;

import jakarta.inject.Inject;
import io.colonies.server.db.Sql;
import io.colonies.server.process.ProcessClosed;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;

/**
 * Updates the closing executor's function statistics in one statement (PROTOCOL §6.6). The averages
 * are the reference's halving moving average, kept for compatibility. Observes the process domain's
 * synchronous close event, so it runs in the closing transaction, before the workflow's observer.
 */
@ApplicationScoped
public class FunctionStatistics {
    private static final String UPDATE = "UPDATE functions SET counter = counter + 1,"
            + " min_wait_time = CASE WHEN min_wait_time > 0 THEN LEAST(min_wait_time, ?) ELSE ? END,"
            + " max_wait_time = CASE WHEN max_wait_time > 0 THEN GREATEST(max_wait_time, ?) ELSE ? END,"
            + " min_exec_time = CASE WHEN min_exec_time > 0 THEN LEAST(min_exec_time, ?) ELSE ? END,"
            + " max_exec_time = CASE WHEN max_exec_time > 0 THEN GREATEST(max_exec_time, ?) ELSE ? END,"
            + " avg_wait_time = CASE WHEN avg_wait_time > 0 THEN (avg_wait_time + ?) / 2 ELSE ? END,"
            + " avg_exec_time = CASE WHEN avg_exec_time > 0 THEN (avg_exec_time + ?) / 2 ELSE ? END"
            + " WHERE executor_id = ? AND funcname = ?";

    @Inject
    Sql sql;

    /** Only an executor's successful close counts; failures and deadline scans change nothing. */
    void onClosed(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION) ProcessClosed closed) {
        if (closed.succeeded() && !closed.executorId().isEmpty()) {
            recordSuccess(closed.executorId(), closed.funcname(), closed.submittedAt(), closed.startedAt(),
                    closed.endedAt());
        }
    }

    void recordSuccess(String executorId, String funcname, Instant submittedAt, Instant startedAt, Instant endTime) {
        double wait = seconds(submittedAt, startedAt);
        double exec = seconds(startedAt, endTime);
        sql.update(UPDATE, wait, wait, wait, wait, exec, exec, exec, exec, wait, wait, exec, exec,
                executorId, funcname);
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
