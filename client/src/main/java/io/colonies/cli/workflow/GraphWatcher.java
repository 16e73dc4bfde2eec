package io.colonies.cli.workflow;

import io.colonies.cli.WaitClock;
import io.colonies.cli.output.Formats;
import io.colonies.cli.process.States;
import io.colonies.client.ColoniesClient;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import io.colonies.model.security.PrivateKey;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Polls {@code getprocessgraphmsg} until the workflow succeeds or fails. For small workflows it also
 * reads each process, so that progress shows which node is running; large ones would cost too many
 * requests per poll, so only the workflow's state is reported for them.
 */
class GraphWatcher {
    static final int MAX_TRACKED_PROCESSES = 30;

    private final ColoniesClient client;
    private final PrivateKey key;
    private final Consumer<String> progress;
    private final Map<String, Integer> shownNodes = new HashMap<>();
    private int shownGraph = Integer.MIN_VALUE;

    GraphWatcher(ColoniesClient client, PrivateKey key, Consumer<String> progress) {
        this.client = client;
        this.key = key;
        this.progress = progress;
    }

    ProcessGraph await(String graphId, WaitClock clock) {
        while (true) {
            ProcessGraph graph = client.processGraph(graphId, key);
            boolean changed = reportGraph(graph, clock);
            if (graph.processids.size() <= MAX_TRACKED_PROCESSES) {
                for (String id : graph.processids) {
                    changed |= reportNode(client.process(id, key), clock);
                }
            }
            if (changed) {
                clock.noted();
            } else if (clock.reminderDue()) {
                progress.accept(clock.stamp() + " still " + Formats.state(graph.state));
            }
            if (States.isFinal(graph.state)) {
                return graph;
            }
            if (clock.expired()) {
                progress.accept(clock.stamp() + " gave up waiting; the workflow is " + Formats.state(graph.state));
                return graph;
            }
            clock.pause();
        }
    }

    private boolean reportGraph(ProcessGraph graph, WaitClock clock) {
        if (graph.state == shownGraph) {
            return false;
        }
        shownGraph = graph.state;
        progress.accept(clock.stamp() + " workflow " + graph.processgraphid + ": " + Formats.state(graph.state));
        return true;
    }

    private boolean reportNode(Process p, WaitClock clock) {
        Integer shown = shownNodes.put(p.processid, p.state);
        if (shown != null && shown == p.state) {
            return false;
        }
        String detail = p.state == ProcessState.SUCCESS ? " out " + Formats.shortList(p.out)
                : p.state == ProcessState.FAILED ? " errors " + Formats.shortList(p.errors) : "";
        progress.accept(clock.stamp() + "   " + p.spec.nodename + " (" + p.spec.funcname + " on "
                + p.spec.conditions.executortype + "): " + Formats.state(p.state) + detail);
        return true;
    }
}
