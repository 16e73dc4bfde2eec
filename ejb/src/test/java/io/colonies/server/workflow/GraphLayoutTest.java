package io.colonies.server.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphLayoutTest {
    private final Process gen = process("gen", List.of(), List.of("a", "b"));
    private final Process a = process("a", List.of("gen"), List.of("sum"));
    private final Process b = process("b", List.of("gen"), List.of("sum"));
    private final Process sum = process("sum", List.of("a", "b"), List.of());

    @Test
    void depthFirstVisitsEachProcessOnce() {
        assertEquals(List.of("gen", "a", "sum", "b"), GraphLayout.depthFirst(List.of("gen"), List.of(sum, b, a, gen)));
    }

    @Test
    void nodesAreLaidOutByDepthAndEdgesFollowChildren() {
        ProcessGraph graph = new ProcessGraph();
        graph.processids = GraphLayout.depthFirst(List.of("gen"), List.of(gen, a, b, sum));
        a.state = ProcessState.RUNNING;
        new GraphLayout().fill(graph, List.of(gen, a, b, sum));
        assertEquals(4, graph.nodes.size());
        assertEquals(4, graph.edges.size());
        var top = graph.nodes.stream().filter(n -> n.id.equals("gen")).findFirst().orElseThrow();
        assertEquals("input", top.type);
        assertEquals(0, top.position.get("y"));
        var bottom = graph.nodes.stream().filter(n -> n.id.equals("sum")).findFirst().orElseThrow();
        assertEquals("output", bottom.type);
        assertEquals(160, bottom.position.get("y"));
        assertEquals(1, graph.edges.stream().filter(e -> e.animated).count(), "the edge out of the running process animates");
    }

    private static Process process(String id, List<String> parents, List<String> children) {
        Process p = new Process();
        p.processid = id;
        p.spec.nodename = id;
        p.parents = new ArrayList<>(parents);
        p.children = new ArrayList<>(children);
        return p;
    }
}
