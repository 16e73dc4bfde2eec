package io.colonies.server.workflow;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.security.Hashes;
import io.colonies.server.cluster.ProcessEvents;
import io.colonies.server.metrics.ProcessMetrics;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.process.ProcessDraft;
import io.colonies.server.process.ProcessRepository;
import io.colonies.server.process.SpecRules;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Workflow use cases (PROTOCOL §5.7, §6.7): create a graph, read it, delete it, add children. */
@Stateless
public class WorkflowService {
    @Inject
    ProcessRepository processes;

    @Inject
    ProcessGraphRepository graphs;

    @Inject
    GraphLayout layout;

    @Inject
    ProcessEvents events;

    @Inject
    Clock clock;

    @Inject
    ProcessMetrics metrics; // [metrics hook]

    public ProcessGraph submit(WorkflowSpec spec) {
        return create(spec, RootInputs.NONE);
    }

    /**
     * Creates a graph in the caller's transaction. Cron runs pass the previous run's output as root
     * input; generator runs replace the roots' args with the packed arguments.
     */
    public ProcessGraph create(WorkflowSpec spec, RootInputs inputs) {
        WorkflowPlan plan = WorkflowPlan.of(spec);
        if (spec.colonyid == null || spec.colonyid.isEmpty()) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "Failed to submit workflow, spec.colonyid is required");
        }
        Instant now = clock.instant();
        String graphId = Hashes.randomId();
        List<ProcessDraft> drafts = new ArrayList<>();
        List<String> roots = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            FunctionSpec node = plan.node(i);
            node.conditions = node.conditions == null ? new io.colonies.model.core.Conditions() : node.conditions;
            node.conditions.colonyid = spec.colonyid;
            SpecRules.requireAssignable(node);
            if (node.maxexectime == 0) {
                node.maxexectime = -1;
            }
            boolean root = plan.isRoot(i);
            if (root && inputs.args() != null) {
                node.args = new ArrayList<>(inputs.args());
            }
            ProcessDraft draft = new ProcessDraft(node, now).inGraph(graphId).waitingForParents(!root);
            if (root && inputs.in() != null && !inputs.in().isEmpty()) {
                draft.withInput(new ArrayList<>(inputs.in()));
            }
            drafts.add(draft);
            if (root) {
                roots.add(draft.id());
            }
        }
        for (int i = 0; i < plan.size(); i++) {
            for (int parent : plan.parentsOf(i)) {
                drafts.get(i).parents().add(drafts.get(parent).id());
                drafts.get(parent).children().add(drafts.get(i).id());
            }
        }
        graphs.insert(graphId, spec.colonyid, roots, now);
        for (ProcessDraft draft : drafts) {
            processes.insert(draft, spec.colonyid);
            metrics.submitted(spec.colonyid, draft.spec().conditions.executortype, draft.id(), "submit_workflow"); // [metrics hook]
        }
        for (ProcessDraft draft : drafts) {
            if (!draft.waitsForParents()) {
                events.publish(ProcessState.WAITING, spec.colonyid, draft.spec().conditions.executortype, draft.id(),
                        !draft.spec().conditions.executorids.isEmpty());
            }
        }
        ProcessGraph graph = graphs.find(graphId);
        graph.processids = drafts.stream().map(ProcessDraft::id).toList();
        return graph;
    }

    public ProcessGraph get(String graphId) {
        ProcessGraph graph = require(graphId);
        List<Process> members = processes.inGraph(graphId);
        graph.processids = GraphLayout.depthFirst(graph.rootprocessids, members);
        layout.fill(graph, members);
        return graph;
    }

    public String colonyOf(String graphId) {
        return require(graphId).colonyid;
    }

    public List<ProcessGraph> list(String colonyId, int state, int count) {
        if (!ProcessState.isValid(state)) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "invalid msg.State");
        }
        if (count > io.colonies.server.process.ProcessService.MAX_COUNT) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "Count is larger than MaxCount limit <100>");
        }
        List<ProcessGraph> found = graphs.list(colonyId, state, Math.max(0, count));
        for (ProcessGraph g : found) {
            g.processids = GraphLayout.depthFirst(g.rootprocessids, processes.inGraph(g.processgraphid));
        }
        return found;
    }

    public void delete(String graphId) {
        if (graphs.delete(graphId) == 0) {
            throw notFound(graphId);
        }
    }

    public void deleteAll(String colonyId, int state) {
        if (state == ProcessState.RUNNING) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "not possible to delete running processgraphs");
        }
        if (state != ProcessState.NOTSET && !ProcessState.isValid(state)) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "invalid state when deleting all processgraphs");
        }
        graphs.deleteAll(colonyId, state);
    }

    /**
     * Adds a process to a running graph (PROTOCOL §5.7 addchildmsg). With {@code insert} the child
     * takes over the parent's children; otherwise it becomes one more child, optionally also a parent
     * of {@code childProcessId}.
     */
    public Process addChild(String callerId, String graphId, String parentId, String childProcessId,
                            FunctionSpec spec, boolean insert) {
        if (spec == null) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "Failed to add child to processgraph, msg.FunctionSpec is nil");
        }
        Process parent = processes.find(parentId);
        if (parent == null) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "Process with Id " + parentId + " does not exist");
        }
        if (parent.state != ProcessState.RUNNING) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "Process with Id " + parentId + " is not running");
        }
        if (!parent.assignedexecutorid.equals(callerId)) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "Process with Id " + parentId
                    + " is not assigned to executor with Id " + callerId);
        }
        if (parent.processgraphid.isEmpty()) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST,
                    "Process with Id " + parentId + " does not belong to a processgraph");
        }
        String targetGraph = graphId == null || graphId.isEmpty() ? parent.processgraphid : graphId;
        if (!targetGraph.equals(parent.processgraphid)) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "Process with Id " + parentId
                    + " does not belong to processgraph " + graphId);
        }
        SpecRules.requireAssignable(spec);
        spec.conditions.colonyid = parent.spec.conditions.colonyid;
        if (spec.maxexectime == 0) {
            spec.maxexectime = -1;
        }
        ProcessDraft child = new ProcessDraft(spec, clock.instant()).inGraph(targetGraph).waitingForParents(true);
        child.parents().add(parentId);
        processes.lockGraph(targetGraph);
        if (insert) {
            child.children().addAll(parent.children);
            processes.insert(child, spec.conditions.colonyid);
            for (String grandChild : parent.children) {
                processes.replaceParent(grandChild, parentId, child.id());
            }
            processes.setChildren(parentId, List.of(child.id()));
        } else {
            boolean linkChild = childProcessId != null && !childProcessId.isEmpty();
            if (linkChild) {
                Process existing = processes.find(childProcessId);
                if (existing == null || !targetGraph.equals(existing.processgraphid)) {
                    throw new WorkflowException(ErrorKind.BAD_REQUEST,
                            "Process with Id " + childProcessId + " is not in processgraph " + targetGraph);
                }
                child.children().add(childProcessId);
            }
            processes.insert(child, spec.conditions.colonyid);
            if (linkChild) {
                processes.addParent(childProcessId, child.id());
            }
            processes.addChild(parentId, child.id());
        }
        return processes.withAttributes(processes.find(child.id()));
    }

    private ProcessGraph require(String graphId) {
        ProcessGraph g = graphId == null ? null : graphs.find(graphId);
        if (g == null) {
            throw notFound(graphId);
        }
        return g;
    }

    private static WorkflowException notFound(String graphId) {
        return new WorkflowException(ErrorKind.NOT_FOUND, "Process graph with Id " + graphId + " does not exist");
    }

    /** What a cron or generator run feeds the roots of a new graph; null fields change nothing. */
    public record RootInputs(List<Object> in, List<Object> args) {
        public static final RootInputs NONE = new RootInputs(null, null);
    }
}
