package io.colonies.server.workflow;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.json.WireJson;
import io.colonies.server.cluster.ProcessEvents;
import io.colonies.server.process.ProcessAssigned;
import io.colonies.server.process.ProcessClosed;
import io.colonies.server.process.ProcessRepository;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * Moves a workflow forward when one of its processes is assigned or closed (PROTOCOL §6.7). It
 * observes the process domain's synchronous events, so it runs inside the closing transaction. Every
 * close of a graph member first locks the graph row (after the close locked the process row), so two
 * parents closing at once on two replicas are serialised and exactly one of them releases the shared
 * child.
 */
@ApplicationScoped
public class GraphProgress {
    /** After the closing executor's statistics, so every close takes its row locks in one order. */
    static final int ORDER = jakarta.interceptor.Interceptor.Priority.APPLICATION + 100;
    private static final String FAILED_ANCESTOR = "Ancestor process %s failed";

    @Inject
    ProcessRepository processes;

    @Inject
    ProcessGraphRepository graphs;

    @Inject
    ProcessEvents events;

    /** The graph starts running with its first assignment. */
    void onAssigned(@Observes @Priority(ORDER) ProcessAssigned assigned) {
        graphs.markRunning(assigned.graphId(), assigned.at());
    }

    void onClosed(@Observes @Priority(ORDER) ProcessClosed closed) {
        if (!closed.inGraph()) {
            return;
        }
        if (closed.succeeded()) {
            onSucceeded(closed);
        } else if (closed.state() == ProcessState.FAILED) {
            onFailed(closed);
        }
    }

    /** Releases children whose parents have all succeeded, then re-resolves the graph state. */
    private void onSucceeded(ProcessClosed closed) {
        graphs.lock(closed.graphId());
        for (String childId : closed.children()) {
            Process released = processes.releaseIfParentsSucceeded(childId);
            if (released != null) {
                events.publish(released);
            }
        }
        resolve(closed.graphId(), closed.endedAt());
    }

    /**
     * A failed process dooms its descendants: they end FAILED naming the ancestor, and never run.
     * Processes that already succeeded keep their result (unlike the reference, see docs/workflows.md).
     */
    private void onFailed(ProcessClosed failed) {
        graphs.lock(failed.graphId());
        processes.failWaitingDescendants(failed.processId(), failed.endedAt(),
                WireJson.toJson(List.of(String.format(FAILED_ANCESTOR, failed.processId()))));
        resolve(failed.graphId(), failed.endedAt());
    }

    /** Graph state from its processes: any failed → FAILED; all succeeded → SUCCESS; any started → RUNNING. */
    void resolve(String graphId, Instant now) {
        long[] counts = processes.countByStateInGraph(graphId);
        int state = GraphState.of(counts[ProcessState.WAITING], counts[ProcessState.RUNNING],
                counts[ProcessState.SUCCESS], counts[ProcessState.FAILED], counts[ProcessState.CANCELLED]);
        if (ProcessState.isFinished(state)) {
            graphs.finish(graphId, state, now);
        } else if (state == ProcessState.RUNNING) {
            graphs.markRunning(graphId, now);
        }
    }
}
