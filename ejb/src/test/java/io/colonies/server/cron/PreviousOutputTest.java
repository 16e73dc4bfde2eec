package io.colonies.server.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.colonies.model.core.Process;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviousOutputTest {
    private static Process process(String id, List<String> children, List<Object> out) {
        Process p = new Process();
        p.processid = id;
        p.children = children;
        p.out = out;
        return p;
    }

    @Test
    void concatenatesLeafOutputsInDepthFirstOrder() {
        // root -> (left, right); left -> leaf1; right has no children
        List<Process> members = List.of(
                process("right", List.of(), List.of("r")),
                process("leaf1", List.of(), List.of("l1", 2)),
                process("left", List.of("leaf1"), List.of("ignored")),
                process("root", List.of("left", "right"), List.of("ignored")));
        assertEquals(List.of("l1", 2, "r"), PreviousOutput.of(List.of("root"), members));
    }

    @Test
    void aSingleProcessIsItsOwnLeaf() {
        assertEquals(List.of(42), PreviousOutput.of(List.of("only"), List.of(process("only", List.of(), List.of(42)))));
    }

    @Test
    void aSharedLeafCountsOnce() {
        List<Process> members = List.of(
                process("a", List.of("c"), List.of()), process("b", List.of("c"), List.of()),
                process("c", List.of(), List.of("done")));
        assertEquals(List.of("done"), PreviousOutput.of(List.of("a", "b"), members));
    }

    @Test
    void nothingWhenTheGraphIsGone() {
        assertEquals(List.of(), PreviousOutput.of(List.of("deleted"), List.of()));
    }
}
