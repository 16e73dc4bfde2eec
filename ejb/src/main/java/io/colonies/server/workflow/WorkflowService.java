package io.colonies.server.workflow;

import io.colonies.model.core.FunctionSpec;
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

/**
 * Creating a process graph (PROTOCOL §6.7) without a caller: the internal operation behind
 * {@link Workflows#submit} and behind cron and generator runs, which were authorized when they were
 * defined. It runs in the caller's transaction.
 */
@Stateless
public class WorkflowService {
    @Inject
    ProcessRepository processes;

    @Inject
    ProcessGraphRepository graphs;

    @Inject
    ProcessEvents events;

    @Inject
    Clock clock;

    @Inject
    ProcessMetrics metrics;

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
            metrics.submitted(spec.colonyid, draft.spec().conditions.executortype, draft.id(), "submit_workflow");
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

    /** What a cron or generator run feeds the roots of a new graph; null fields change nothing. */
    public record RootInputs(List<Object> in, List<Object> args) {
        public static final RootInputs NONE = new RootInputs(null, null);
    }
}
