package io.colonies.server.process;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import io.colonies.server.cluster.ProcessEvents;
import io.colonies.server.metrics.ProcessMetrics;
import io.colonies.server.security.Member;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Internal process operations without a caller: the claim attempts and releases of the long-poll
 * ({@link AssignWaiters}, whose caller {@link Processes} already authorized) and the reads of the event
 * streams. Each method is one short container-managed transaction; nothing here waits for work.
 */
@Stateless
public class ProcessService {
    public static final int MAX_COUNT = 100;
    public static final int MAX_PRIORITY = 50000;

    @Inject
    ProcessRepository repository;

    @Inject
    ProcessEvents events;

    @Inject
    Event<ProcessAssigned> assigned;

    @Inject
    Clock clock;

    @Inject
    ProcessMetrics metrics;

    /** One claim attempt; null when nothing is assignable to this executor right now. */
    public Process tryAssign(Member executor, String colonyId) {
        Instant now = clock.instant();
        Process claimed = metrics.timedClaim(colonyId, executor.type().value(), executor.idValue(),
                () -> repository.claim(colonyId, executor.type().value(), executor.idValue(), now));
        if (claimed == null) {
            return null;
        }
        inheritInputAndAnnounce(claimed, now);
        return repository.withAttributes(claimed);
    }

    /** A claimed workflow member gets its parents' outputs as input, and its graph hears of the assignment. */
    private void inheritInputAndAnnounce(Process claimed, Instant now) {
        if (!claimed.processgraphid.isEmpty()) {
            if (!claimed.parents.isEmpty()) {
                // A child's input is its parents' outputs concatenated in parents order.
                List<Object> in = repository.outputsOf(claimed.parents);
                claimed.in = in;
                repository.setInput(claimed.processid, in);
            }
            assigned.fire(new ProcessAssigned(claimed.processid, claimed.processgraphid, now));
        }
    }

    /**
     * One claim of up to {@code max} processes in one statement (a batch assign); empty when nothing is
     * assignable. {@code max} 1 is exactly {@link #tryAssign}.
     */
    public List<Process> tryAssignUpTo(Member executor, String colonyId, int max) {
        if (max <= 1) {
            Process one = tryAssign(executor, colonyId);
            return one == null ? List.of() : List.of(one);
        }
        Instant now = clock.instant();
        List<Process> claimed = metrics.timedClaims(colonyId, executor.type().value(), executor.idValue(),
                () -> repository.claimUpTo(colonyId, executor.type().value(), executor.idValue(), now, max));
        // Graph rows in id order, as a batch close takes them, so two batches never lock them crosswise.
        List<Process> byGraph = new ArrayList<>(claimed);
        byGraph.sort(Comparator.comparing((Process p) -> p.processgraphid).thenComparing(p -> p.processid));
        for (Process p : byGraph) {
            inheritInputAndAnnounce(p, now);
        }
        return repository.withAttributes(claimed);
    }

    /** Undoes a claim whose reply could not be delivered, so the process is not stranded. */
    public void release(String processId, String executorId) {
        if (repository.release(processId, executorId)) {
            Process p = repository.find(processId);
            if (p != null) {
                events.publish(p);
            }
        }
    }

    /** A process with its attributes, for event snapshots; the caller was authorized for its colony. */
    public Process get(String processId) {
        return repository.withAttributes(require(processId));
    }

    /** An attribute, for attribute event frames; null when it is gone. The caller was authorized. */
    public Attribute attribute(String attributeId) {
        return repository.findAttribute(attributeId);
    }

    public String colonyOf(String processId) {
        String colonyId = repository.colonyOf(processId);
        if (colonyId == null) {
            throw ProcessException.notFound(processId);
        }
        return colonyId;
    }

    private Process require(String processId) {
        Process p = processId == null ? null : repository.find(processId);
        if (p == null) {
            throw ProcessException.notFound(processId);
        }
        return p;
    }
}
