package io.colonies.server.process;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import java.time.Instant;
import java.util.List;

/**
 * A process reached SUCCESS or FAILED: closed by its executor or failed by the deadline scan. Fired as
 * a synchronous CDI event inside the closing transaction, so observers (workflow progress, function
 * statistics) change their tables atomically with the close, and process knows none of them.
 *
 * @param executorId the closing executor, "" when the deadline scan failed the process
 * @param children   ids of the process's children, empty when the closer did not read them
 */
public record ProcessClosed(String processId, String graphId, int state, String executorId, String funcname,
                            List<String> children, Instant submittedAt, Instant startedAt, Instant endedAt) {
    public ProcessClosed {
        graphId = graphId == null ? "" : graphId;
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** From the closed row as the close statement returned it. */
    static ProcessClosed of(Process p, String executorId, Instant endedAt) {
        return new ProcessClosed(p.processid, p.processgraphid, p.state, executorId, p.spec.funcname, p.children,
                p.submissiontime, p.starttime, endedAt);
    }

    public boolean succeeded() {
        return state == ProcessState.SUCCESS;
    }

    public boolean inGraph() {
        return !graphId.isEmpty();
    }
}
