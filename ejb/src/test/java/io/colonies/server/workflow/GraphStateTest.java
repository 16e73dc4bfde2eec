package io.colonies.server.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.colonies.model.core.ProcessState;
import org.junit.jupiter.api.Test;

class GraphStateTest {
    @Test
    void anyFailureFailsTheGraph() {
        assertEquals(ProcessState.FAILED, GraphState.of(2, 1, 3, 1));
        assertEquals(ProcessState.FAILED, GraphState.of(0, 0, 0, 1));
    }

    @Test
    void allSucceededIsSuccess() {
        assertEquals(ProcessState.SUCCESS, GraphState.of(0, 0, 4, 0));
    }

    @Test
    void anythingStartedIsRunning() {
        assertEquals(ProcessState.RUNNING, GraphState.of(3, 1, 0, 0));
        assertEquals(ProcessState.RUNNING, GraphState.of(3, 0, 1, 0));
    }

    @Test
    void nothingStartedIsWaiting() {
        assertEquals(ProcessState.WAITING, GraphState.of(4, 0, 0, 0));
        assertEquals(ProcessState.WAITING, GraphState.of(0, 0, 0, 0));
    }

    @Test
    void aCancelledNodeCancelsTheGraphUnlessOneFailed() {
        assertEquals(ProcessState.CANCELLED, GraphState.of(0, 0, 2, 0, 3));
        assertEquals(ProcessState.FAILED, GraphState.of(0, 0, 2, 1, 3));
        assertEquals(ProcessState.SUCCESS, GraphState.of(0, 0, 2, 0, 0));
    }
}
