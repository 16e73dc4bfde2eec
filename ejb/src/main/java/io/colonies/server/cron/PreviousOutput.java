package io.colonies.server.cron;

import io.colonies.model.core.Process;
import io.colonies.server.workflow.GraphLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chains cron runs (PROTOCOL §6.8): the outputs of the previous graph's leaves, in graph order,
 * become the input of the next run's roots.
 */
public final class PreviousOutput {
    private PreviousOutput() {
    }

    /** Concatenated {@code out} of the processes without children, walking depth first from the roots. */
    public static List<Object> of(List<String> roots, List<Process> members) {
        Map<String, Process> byId = members.stream().collect(Collectors.toMap(p -> p.processid, Function.identity()));
        List<Object> in = new ArrayList<>();
        for (String id : GraphLayout.depthFirst(roots, members)) {
            Process p = byId.get(id);
            if (p != null && (p.children == null || p.children.isEmpty()) && p.out != null) {
                in.addAll(p.out);
            }
        }
        return in;
    }
}
