package io.colonies.server.generator;

import io.colonies.model.core.Generator;
import io.colonies.server.workflow.WorkflowService;
import io.colonies.server.workflow.WorkflowService.RootInputs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Submits a generator's due workflows in one transaction of its own: the generator row is locked,
 * each workflow's args are deleted from the queue and its graph is created, then {@code lastrun} is
 * set. A replica dying half-way rolls all of it back, so no arg is lost or used twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GeneratorFiring {
    /** Workflows one generator may submit per tick; the rest of a backlog waits for the next ticks. */
    static final int MAX_RUNS_PER_TICK = 100;

    @Inject
    GeneratorStore repository;

    @Inject
    WorkflowService workflows;

    /** Returns how many workflows were submitted; 0 when nothing is due or another replica holds it. */
    public int fire(String generatorId, Instant now) {
        Generator g = repository.lockForRun(generatorId);
        if (g == null) {
            return 0;
        }
        List<Integer> batches = GeneratorTrigger.batches(g, repository.queueSize(generatorId), now, MAX_RUNS_PER_TICK);
        for (int size : batches) {
            List<Object> args = new ArrayList<>(repository.take(generatorId, size));
            workflows.create(GeneratorRules.workflow(g.workflowspec, g.colonyid), new RootInputs(null, args));
        }
        if (!batches.isEmpty()) {
            repository.markRun(generatorId, now);
        }
        return batches.size();
    }
}
