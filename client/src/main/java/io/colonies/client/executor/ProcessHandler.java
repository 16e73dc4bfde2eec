package io.colonies.client.executor;

import io.colonies.model.core.Process;
import java.util.List;

/**
 * Runs one assigned process. The returned list becomes the process output ({@code out}); throwing
 * closes the process as failed with the exception's message, or with the errors of a
 * {@link ProcessFailedException}. Handlers should give up promptly when their thread is interrupted,
 * which is how a stopping executor aborts work that outlives its grace period.
 */
@FunctionalInterface
public interface ProcessHandler {
    List<Object> handle(Process process) throws Exception;
}
