package io.colonies.server.workflow;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.server.cluster.ProcessEvents;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.GraphId;
import io.colonies.server.id.ProcessId;
import io.colonies.server.process.ProcessDraft;
import io.colonies.server.process.ProcessRepository;
import io.colonies.server.process.ProcessService;
import io.colonies.server.process.SpecRules;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import io.colonies.server.workflow.WorkflowService.RootInputs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The workflow use cases (PROTOCOL §5.7, §6.7), the one entry point of RPC and REST: submit a graph,
 * read, list and delete graphs, add children to a running one. Each method checks the colony scope
 * and the caller's role once, in its one container-managed transaction.
 */
@Stateless
public class Workflows {
    @Inject
    WorkflowService creation;

    @Inject
    ProcessGraphRepository graphs;

    @Inject
    ProcessRepository processes;

    @Inject
    GraphLayout layout;

    @Inject
    Authorizer authorizer;

    @Inject
    ProcessEvents events;

    @Inject
    Clock clock;

    /** Approved members of the spec's colony. */
    public ProcessGraph submit(Caller caller, WorkflowSpec spec) {
        if (spec == null) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "Failed to submit workflow, msg.WorkflowSpec is nil");
        }
        authorizer.requireMember(caller, spec.colonyid);
        return creation.create(spec, RootInputs.NONE);
    }

    /** Approved members; with the processes in depth-first order and their layout. */
    public ProcessGraph get(Caller caller, ColonyScope scope, GraphId id) {
        ProcessGraph graph = requireIn(scope, id);
        authorizer.requireMember(caller, graph.colonyid);
        return withLayout(graph);
    }

    private ProcessGraph withLayout(ProcessGraph graph) {
        List<Process> members = processes.inGraph(graph.processgraphid);
        graph.processids = GraphLayout.depthFirst(graph.rootprocessids, members);
        layout.fill(graph, members);
        return graph;
    }

    /** Approved members: a state's graphs, newest first. */
    public List<ProcessGraph> list(Caller caller, ColonyId colony, int state, int count) {
        authorizer.requireMember(caller, colony);
        if (!ProcessState.isValid(state)) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "invalid msg.State");
        }
        if (count > ProcessService.MAX_COUNT) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "Count is larger than MaxCount limit <100>");
        }
        List<ProcessGraph> found = graphs.list(colony.value(), state, Math.max(0, count));
        for (ProcessGraph g : found) {
            g.processids = GraphLayout.depthFirst(g.rootprocessids, processes.inGraph(g.processgraphid));
        }
        return found;
    }

    /** Approved members; the graph's processes go with it. */
    public void delete(Caller caller, ColonyScope scope, GraphId id) {
        ProcessGraph graph = requireIn(scope, id);
        authorizer.requireMember(caller, graph.colonyid);
        processes.deleteInGraph(graph.processgraphid);
        if (graphs.delete(graph.processgraphid) == 0) {
            throw notFound(id.value());
        }
    }

    /** The colony owner. As the reference: by graph state for graphs, by process state for their processes. */
    public void deleteAll(Caller caller, ColonyId colony, int state) {
        authorizer.requireColonyOwner(caller, colony);
        if (state == ProcessState.RUNNING) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "not possible to delete running processgraphs");
        }
        if (state != ProcessState.NOTSET && !ProcessState.isValid(state)) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "invalid state when deleting all processgraphs");
        }
        processes.deleteAllInGraphs(colony.value(), state);
        graphs.deleteAll(colony.value(), state);
    }

    /**
     * The executor running the parent adds a process to its graph (PROTOCOL §5.7 addchildmsg). With
     * {@code insert} the child takes over the parent's children; otherwise it becomes one more child,
     * optionally also a parent of {@code childId}. REST names the graph in its path, so there the graph
     * must exist in the scope before anything else; RPC may leave the graph id empty (the parent's).
     */
    public Process addChild(Caller caller, ColonyScope scope, GraphId graphId, ProcessId parentId, ProcessId childId,
                            FunctionSpec spec, boolean insert) {
        if (scope.colony() != null) {
            requireIn(scope, graphId);
        }
        if (spec == null) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST,
                    "Failed to add child to processgraph, msg.FunctionSpec is nil");
        }
        authorizer.requireMember(caller, spec.conditions == null ? "" : spec.conditions.colonyid);
        Process parent = processes.find(parentId.value());
        if (parent == null) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "Process with Id " + parentId + " does not exist");
        }
        if (parent.state != ProcessState.RUNNING) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "Process with Id " + parentId + " is not running");
        }
        if (!parent.assignedexecutorid.equals(caller.id())) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST, "Process with Id " + parentId
                    + " is not assigned to executor with Id " + caller.id());
        }
        if (parent.processgraphid.isEmpty()) {
            throw new WorkflowException(ErrorKind.BAD_REQUEST,
                    "Process with Id " + parentId + " does not belong to a processgraph");
        }
        String targetGraph = graphId.value().isEmpty() ? parent.processgraphid : graphId.value();
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
        child.parents().add(parentId.value());
        graphs.lock(targetGraph);
        if (insert) {
            child.children().addAll(parent.children);
            processes.insert(child, spec.conditions.colonyid);
            for (String grandChild : parent.children) {
                processes.replaceParent(grandChild, parentId.value(), child.id());
            }
            processes.setChildren(parentId.value(), List.of(child.id()));
        } else {
            boolean linkChild = !childId.value().isEmpty();
            if (linkChild) {
                Process existing = processes.find(childId.value());
                if (existing == null || !targetGraph.equals(existing.processgraphid)) {
                    throw new WorkflowException(ErrorKind.BAD_REQUEST,
                            "Process with Id " + childId + " is not in processgraph " + targetGraph);
                }
                child.children().add(childId.value());
            }
            processes.insert(child, spec.conditions.colonyid);
            if (linkChild) {
                processes.addParent(childId.value(), child.id());
            }
            processes.addChild(parentId.value(), child.id());
        }
        return processes.withAttributes(processes.find(child.id()));
    }

    /**
     * Approved members and the colony owner, as for a process. Every waiting or running process of the
     * graph ends CANCELLED (running ones are refused at their executor's next close or attribute), each
     * announced to subscribers; finished ones keep their result. The graph ends CANCELLED. Under the
     * graph row lock, so a racing close either finishes first or is refused.
     */
    public ProcessGraph cancel(Caller caller, ColonyScope scope, GraphId id) {
        ProcessGraph graph = requireIn(scope, id);
        authorizer.requireMemberOrOwner(caller, graph.colonyid);
        graphs.lock(graph.processgraphid);
        ProcessGraph locked = graphs.find(graph.processgraphid);
        if (locked == null) {
            throw notFound(id.value());
        }
        if (ProcessState.isFinished(locked.state)) {
            throw new WorkflowException(ErrorKind.CONFLICT, "Failed to cancel processgraph, processgraph is already "
                    + ProcessState.name(locked.state).toLowerCase(Locale.ROOT));
        }
        Instant now = clock.instant();
        for (Process p : processes.cancelUnfinishedInGraph(graph.processgraphid, now)) {
            events.publish(p);
        }
        graphs.finish(graph.processgraphid, ProcessState.CANCELLED, now);
        return withLayout(graphs.find(graph.processgraphid));
    }

    private ProcessGraph requireIn(ColonyScope scope, GraphId id) {
        ProcessGraph graph = graphs.find(id.value());
        if (graph == null) {
            throw notFound(id.value());
        }
        scope.require(graph.colonyid, "Workflow " + id);
        return graph;
    }

    private static WorkflowException notFound(String graphId) {
        return new WorkflowException(ErrorKind.NOT_FOUND, "Process graph with Id " + graphId + " does not exist");
    }
}
