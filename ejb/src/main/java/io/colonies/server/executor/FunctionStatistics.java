package io.colonies.server.executor;

import io.colonies.server.process.ProcessClosed;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Updates the closing executor's function statistics (PROTOCOL §6.6) through the function store. Observes the process domain's
 * synchronous close event, so it runs in the closing transaction, before the workflow's observer.
 */
@ApplicationScoped
public class FunctionStatistics {
    @Inject
    FunctionStore functions;

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
        functions.recordRun(executorId, funcname, wait, exec);
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
