package io.colonies.server.workflow;

import io.colonies.model.core.ProcessState;

/** The state of a process graph, derived from how many of its processes are in each state. */
public final class GraphState {
    private GraphState() {
    }

    public static int of(long waiting, long running, long succeeded, long failed) {
        return of(waiting, running, succeeded, failed, 0);
    }

    /** A failure outranks a cancel: the graph had already failed when someone cancelled the rest. */
    public static int of(long waiting, long running, long succeeded, long failed, long cancelled) {
        if (failed > 0) {
            return ProcessState.FAILED;
        }
        if (cancelled > 0) {
            return ProcessState.CANCELLED;
        }
        long total = waiting + running + succeeded;
        if (total > 0 && succeeded == total) {
            return ProcessState.SUCCESS;
        }
        if (running > 0 || succeeded > 0) {
            return ProcessState.RUNNING;
        }
        return ProcessState.WAITING;
    }
}
