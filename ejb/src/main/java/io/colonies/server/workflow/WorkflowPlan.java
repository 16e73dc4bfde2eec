package io.colonies.server.workflow;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.server.error.ErrorKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DAG rules of a workflow spec, checked before anything is stored: node names are unique,
 * every dependency names a node, and there is no cycle (a cycle would never run).
 */
public final class WorkflowPlan {
    public static final String BAD_DEPENDENCY =
            "Failed to submit workflow, invalid dependencies, are you depending on a nodename that does not exits?";

    private final List<FunctionSpec> nodes;
    private final List<List<Integer>> parents;

    private WorkflowPlan(List<FunctionSpec> nodes, List<List<Integer>> parents) {
        this.nodes = nodes;
        this.parents = parents;
    }

    public static WorkflowPlan of(WorkflowSpec spec) {
        if (spec == null) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "Failed to submit workflow, msg.WorkflowSpec is nil");
        }
        if (spec.functionspecs == null || spec.functionspecs.isEmpty()) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "Failed to submit workflow, it has no function specs");
        }
        Map<String, Integer> indexByName = new HashMap<>();
        for (int i = 0; i < spec.functionspecs.size(); i++) {
            FunctionSpec node = spec.functionspecs.get(i);
            if (node == null) {
                throw new WorkflowException(ErrorKind.BAD_REQUEST, "Failed to submit workflow, function spec " + i + " is null");
            }
            String name = node.nodename == null ? "" : node.nodename;
            if (indexByName.putIfAbsent(name, i) != null) {
                throw new WorkflowException(ErrorKind.BAD_REQUEST,
                        "Failed to submit workflow, node name '" + name + "' is used twice");
            }
        }
        List<List<Integer>> parents = new ArrayList<>();
        for (FunctionSpec node : spec.functionspecs) {
            List<Integer> mine = new ArrayList<>();
            List<String> deps = node.conditions == null || node.conditions.dependencies == null
                    ? List.of() : node.conditions.dependencies;
            for (String dep : deps) {
                Integer parent = indexByName.get(dep);
                if (parent == null) {
                    throw new WorkflowException(ErrorKind.BAD_REQUEST, BAD_DEPENDENCY);
                }
                mine.add(parent);
            }
            parents.add(mine);
        }
        WorkflowPlan plan = new WorkflowPlan(spec.functionspecs, parents);
        plan.requireAcyclic();
        return plan;
    }

    public int size() {
        return nodes.size();
    }

    public FunctionSpec node(int i) {
        return nodes.get(i);
    }

    /** Indices of node i's parents, in the order of its dependencies. */
    public List<Integer> parentsOf(int i) {
        return parents.get(i);
    }

    public boolean isRoot(int i) {
        return parents.get(i).isEmpty();
    }

    private void requireAcyclic() {
        int[] mark = new int[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            visit(i, mark, new HashSet<>());
        }
    }

    private void visit(int i, int[] mark, Set<Integer> path) {
        if (mark[i] == 2) {
            return;
        }
        if (!path.add(i)) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST,
                    "Failed to submit workflow, dependencies form a cycle through node '" + nodes.get(i).nodename + "'");
        }
        for (int parent : parents.get(i)) {
            visit(parent, mark, path);
        }
        path.remove(i);
        mark[i] = 2;
    }
}
