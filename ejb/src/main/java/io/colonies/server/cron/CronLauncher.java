package io.colonies.server.cron;

import io.colonies.model.core.Cron;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import io.colonies.model.json.GoTime;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.process.ProcessRepository;
import io.colonies.server.workflow.ProcessGraphRepository;
import io.colonies.server.workflow.WorkflowService;
import io.colonies.server.workflow.WorkflowService.RootInputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * One cron run (PROTOCOL §6.8 step 3), in the caller's transaction, which must hold the cron's row
 * lock: the graph and the consumed deadline commit together or not at all.
 */
@ApplicationScoped
public class CronLauncher {
    @Inject
    CronStore crons;

    @Inject
    ProcessGraphRepository graphs;

    @Inject
    ProcessRepository processes;

    @Inject
    WorkflowService workflows;

    /** Starts the run and returns the new graph's id. */
    public String launch(Cron cron, Instant now) {
        List<Object> in = previousOutput(cron.prevprocessgraphid);
        ProcessGraph graph = workflows.create(CronRules.workflow(cron.workflowspec, cron.colonyid),
                new RootInputs(in.isEmpty() ? null : in, null));
        Instant next = CronRules.schedule(cron).next(now);
        if (!crons.recordRun(cron.cronid, GoTime.orNull(cron.nextrun), next, now, graph.processgraphid)) {
            // Unreachable while the row lock is held; rolling back keeps "one deadline, one run" regardless.
            throw new CronException(ErrorKind.CONFLICT, "Cron " + cron.cronid + " was run concurrently");
        }
        return graph.processgraphid;
    }

    /** True while the previous run's graph is still waiting or running (waitforprevprocessgraph). */
    public boolean previousStillActive(Cron cron) {
        ProcessGraph previous = find(cron.prevprocessgraphid);
        return previous != null && (previous.state == ProcessState.WAITING || previous.state == ProcessState.RUNNING);
    }

    private List<Object> previousOutput(String graphId) {
        ProcessGraph previous = find(graphId);
        if (previous == null) {
            return List.of(); // never ran, or the graph was deleted since: the roots get no input
        }
        return PreviousOutput.of(previous.rootprocessids, processes.inGraph(previous.processgraphid));
    }

    private ProcessGraph find(String graphId) {
        return graphId == null || graphId.isEmpty() ? null : graphs.find(graphId);
    }
}
