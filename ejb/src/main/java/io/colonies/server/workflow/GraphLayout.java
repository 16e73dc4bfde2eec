package io.colonies.server.workflow;

import io.colonies.model.core.GraphEdge;
import io.colonies.model.core.GraphNode;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Process order and the display layout of a graph (PROTOCOL §4.9); clients use it for drawing only. */
@ApplicationScoped
public class GraphLayout {
    private static final int BOX = 200;
    private static final int ROW = 80;

    /** All processes reachable from the roots, depth first, each once. */
    public static List<String> depthFirst(List<String> roots, List<Process> members) {
        Map<String, Process> byId = index(members);
        Set<String> seen = new LinkedHashSet<>();
        for (String root : roots) {
            walk(root, byId, seen);
        }
        return new ArrayList<>(seen);
    }

    public void fill(ProcessGraph graph, List<Process> members) {
        Map<String, Process> byId = index(members);
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        for (String id : graph.processids) {
            rows.computeIfAbsent(depth(byId.get(id), byId), d -> new ArrayList<>()).add(id);
        }
        int widest = rows.values().stream().mapToInt(List::size).max().orElse(0);
        graph.nodes = new ArrayList<>();
        graph.edges = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> row : rows.entrySet()) {
            int shift = (widest - row.getValue().size()) * BOX / 2;
            for (int i = 0; i < row.getValue().size(); i++) {
                Process p = byId.get(row.getValue().get(i));
                graph.nodes.add(node(p, shift + i * BOX, row.getKey() * ROW));
            }
        }
        for (String id : graph.processids) {
            Process p = byId.get(id);
            for (String child : p.children) {
                GraphEdge edge = new GraphEdge();
                edge.id = id + "-" + child;
                edge.source = id;
                edge.target = child;
                edge.animated = p.state == ProcessState.RUNNING;
                graph.edges.add(edge);
            }
        }
    }

    private static GraphNode node(Process p, int x, int y) {
        GraphNode node = new GraphNode();
        node.id = p.processid;
        node.data.put("label", p.spec.nodename);
        node.position.put("x", x);
        node.position.put("y", y);
        node.type = p.parents.isEmpty() ? "input" : p.children.isEmpty() ? "output" : "";
        node.style.put("color", "");
        node.style.put("background", switch (p.state) {
            case ProcessState.RUNNING -> "#4689cd";
            case ProcessState.SUCCESS -> "#92d050";
            case ProcessState.FAILED -> "#cb4239";
            default -> "#eee8d8";
        });
        return node;
    }

    private static int depth(Process p, Map<String, Process> byId) {
        int depth = 0;
        Set<String> guard = new java.util.HashSet<>();
        while (p != null && !p.parents.isEmpty() && guard.add(p.processid)) {
            p = byId.get(p.parents.get(0));
            depth++;
        }
        return depth;
    }

    private static void walk(String id, Map<String, Process> byId, Set<String> seen) {
        Process p = byId.get(id);
        if (p == null || !seen.add(id)) {
            return;
        }
        for (String child : p.children) {
            walk(child, byId, seen);
        }
    }

    private static Map<String, Process> index(List<Process> members) {
        Map<String, Process> byId = new HashMap<>();
        for (Process p : members) {
            byId.put(p.processid, p);
        }
        return byId;
    }
}
