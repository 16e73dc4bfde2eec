package io.colonies.server.process;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.metrics.ProcessMetrics;
import io.colonies.server.security.Authorizer;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Closes a batch of processes in one transaction: one guarded statement for all of them, the
 * {@link ProcessClosed} event of each inside the same transaction, and one commit (one WAL flush).
 * The outcome of each close is what {@link Processes#closeSuccessful} or {@link Processes#closeFailed}
 * would have given it alone. Anything unusual (a closed row whose assignee is no longer a member, an
 * observer that fails) abandons the whole batch by an exception, so that the coalescer replays its
 * closes one by one through the single path, which then reports exactly.
 */
@Stateless
public class CloseBatch {
    @Inject
    ProcessRepository store;

    @Inject
    Authorizer authorizer;

    @Inject
    Event<ProcessClosed> closedEvents;

    @Inject
    Clock clock;

    @Inject
    ProcessMetrics metrics;

    /**
     * Outcomes in request order: null for a close that happened, else the refusal the single path
     * would throw. Process ids must be distinct. Committed when this returns.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<ColoniesException> closeAll(List<CloseRequest> requests) {
        Instant now = clock.instant();
        Map<String, Process> closed = new HashMap<>();
        for (Process p : store.closeAll(requests, now)) {
            closed.put(p.processid, p);
        }
        List<ColoniesException> outcomes = new ArrayList<>(requests.size());
        List<CloseRequest> done = new ArrayList<>(closed.size());
        for (CloseRequest request : requests) {
            Process p = closed.get(request.processId().value());
            if (p == null) {
                outcomes.add(refusal(request));
                continue;
            }
            // The guard proved the assignment; the role and the scope are checked as the single path
            // does. A failure here throws, and the batch is rolled back and replayed one by one.
            request.scope().require(p.spec.conditions.colonyid, "Process " + request.processId());
            authorizer.requireMember(request.caller(), p.spec.conditions.colonyid);
            outcomes.add(null);
            done.add(request);
        }
        // Observers lock graph rows; taking them in one global order keeps concurrent batches from deadlocking.
        done.sort(Comparator.comparing((CloseRequest r) -> closed.get(r.processId().value()).processgraphid)
                .thenComparing(r -> r.processId().value()));
        for (CloseRequest request : done) {
            Process p = closed.get(request.processId().value());
            metrics.closed(p, p.state == ProcessState.SUCCESS, request.caller().id(),
                    Duration.between(p.starttime, now));
            closedEvents.fire(ProcessClosed.of(p, request.caller().id(), now));
        }
        return outcomes;
    }

    /** Why the guard refused a close, in the single path's order: missing process, scope, role, rules. */
    private ColoniesException refusal(CloseRequest request) {
        try {
            Process p = store.find(request.processId().value());
            if (p == null) {
                return ProcessException.notFound(request.processId().value());
            }
            request.scope().require(p.spec.conditions.colonyid, "Process " + request.processId());
            authorizer.requireMember(request.caller(), p.spec.conditions.colonyid);
            return Processes.closeRefused(p, request.caller().id(), request.success());
        } catch (ColoniesException e) {
            return e;
        }
    }
}
