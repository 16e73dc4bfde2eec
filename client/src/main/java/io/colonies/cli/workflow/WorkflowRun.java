package io.colonies.cli.workflow;

import io.colonies.client.ColoniesClient;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A process graph together with its processes. Its result is the output of the leaves (processes
 * without children), in graph order: for the paper's example that is the single sum, 13.
 */
public record WorkflowRun(ProcessGraph graph, List<Process> processes) {

    public static WorkflowRun load(ColoniesClient client, PrivateKey key, ProcessGraph graph) {
        List<Process> processes = new ArrayList<>();
        for (String id : graph.processids) {
            processes.add(client.process(id, key));
        }
        return new WorkflowRun(graph, processes);
    }

    public List<Object> result() {
        List<Object> result = new ArrayList<>();
        for (Process p : processes) {
            if ((p.children == null || p.children.isEmpty()) && p.out != null) {
                result.addAll(p.out);
            }
        }
        return result;
    }
}
