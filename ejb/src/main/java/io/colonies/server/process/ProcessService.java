package io.colonies.server.process;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.server.cluster.ProcessEvents;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.security.Member;
import io.colonies.server.executor.FunctionStatistics;
import io.colonies.server.metrics.ProcessMetrics;
import io.colonies.server.workflow.GraphProgress;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Process use cases (PROTOCOL §5.5, §6.2–6.6). Each public method is one short container-managed
 * transaction; nothing here waits for work (long-polls wait outside, in the web layer).
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
    GraphProgress graphs;

    @Inject
    FunctionStatistics functionStatistics;

    @Inject
    Clock clock;

    @Inject
    ProcessMetrics metrics; // [metrics hook]

    public Process submit(FunctionSpec spec, String idempotencyKey) {
        validate(spec);
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            Process earlier = repository.findByIdempotencyKey(spec.conditions.colonyid, idempotencyKey);
            if (earlier != null) {
                return repository.withAttributes(earlier);
            }
        }
        ProcessDraft draft = new ProcessDraft(spec, clock.instant()).withIdempotencyKey(idempotencyKey);
        Process stored = repository.insertAndAnnounce(draft, spec.conditions.colonyid);
        if (stored == null) {
            // Lost the race against a retry of the same request: hand back the winner's process.
            return repository.withAttributes(repository.findByIdempotencyKey(spec.conditions.colonyid, idempotencyKey));
        }
        metrics.submitted(spec.conditions.colonyid, spec.conditions.executortype, stored.processid, "submit"); // [metrics hook]
        return stored;
    }

    /** One claim attempt; null when nothing is assignable to this executor right now. */
    public Process tryAssign(Member executor, String colonyId) {
        Instant now = clock.instant();
        Process claimed = metrics.timedClaim(colonyId, executor.type().value(), executor.idValue(), // [metrics hook]
                () -> repository.claim(colonyId, executor.type().value(), executor.idValue(), now));
        if (claimed == null) {
            return null;
        }
        if (!claimed.processgraphid.isEmpty()) {
            graphs.onAssigned(claimed, now);
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

    public void closeSuccessful(String executorId, String processId, List<Object> out) {
        Instant now = clock.instant();
        Process closed = repository.closeSuccessful(processId, executorId, out, now);
        if (closed == null) {
            throw closeRefused(repository.find(processId), executorId, true);
        }
        functionStatistics.recordSuccess(executorId, closed, now);
        metrics.closed(closed, true, executorId, Duration.between(closed.starttime, now)); // [metrics hook]
        if (!closed.processgraphid.isEmpty()) {
            graphs.onSucceeded(closed, now);
        }
    }

    public void closeFailed(String executorId, String processId, List<String> errors) {
        Instant now = clock.instant();
        Process closed = repository.closeFailed(processId, executorId, errors, now);
        if (closed == null) {
            throw closeRefused(repository.find(processId), executorId, false);
        }
        metrics.closed(closed, false, executorId, Duration.between(closed.starttime, now)); // [metrics hook]
        if (!closed.processgraphid.isEmpty()) {
            graphs.onFailed(closed, now);
        }
    }

    public Process get(String processId) {
        return repository.withAttributes(require(processId));
    }

    public String colonyOf(String processId) {
        String colonyId = repository.colonyOf(processId);
        if (colonyId == null) {
            throw notFound(processId);
        }
        return colonyId;
    }

    public List<Process> list(String colonyId, int state, String executorType, int count) {
        if (!ProcessState.isValid(state)) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "Failed to get processes, invalid msg.State");
        }
        return repository.withAttributes(repository.list(colonyId, state, executorType, checkCount(count)));
    }

    /** A page of {@link #list} continuing after the given (priority time, process id); for REST paging. */
    public List<Process> listAfter(String colonyId, int state, String executorType, long afterPriorityTime,
                                   String afterProcessId, int count) {
        if (!ProcessState.isValid(state)) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "Failed to get processes, invalid state");
        }
        return repository.withAttributes(repository.listAfter(colonyId, state, executorType, afterPriorityTime,
                afterProcessId == null ? "" : afterProcessId, checkCount(count)));
    }

    public List<Process> history(String colonyId, String executorId, long seconds, int state) {
        Instant since = clock.instant().minus(Duration.ofSeconds(Math.max(0, seconds)));
        return repository.withAttributes(repository.history(colonyId, executorId, since, state));
    }

    public void delete(String processId) {
        if (repository.delete(processId) == 0) {
            throw notFound(processId);
        }
    }

    public void deleteAll(String colonyId, int state) {
        if (state == ProcessState.RUNNING) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "not possible to delete running processes");
        }
        if (state != ProcessState.NOTSET && !ProcessState.isValid(state)) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "invalid state when deleting all processes");
        }
        repository.deleteAll(colonyId, state);
    }

    /** Only the assignee of a running process may add attributes (PROTOCOL §5.6). */
    public Attribute addAttribute(String executorId, Attribute attribute) {
        if (attribute == null) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "Failed to add attribute, attribute is nil");
        }
        Process target = require(attribute.targetid);
        if (target.state != ProcessState.RUNNING) {
            throw new ProcessException(ErrorKind.FORBIDDEN, "Failed to add attribute, process is not running");
        }
        if (!target.assignedexecutorid.equals(executorId)) {
            throw new ProcessException(ErrorKind.FORBIDDEN, "Failed to add attribute, only executor with id "
                    + target.assignedexecutorid + " is allowed to set attributes");
        }
        String id = repository.insertAttribute(target.processid, attribute.targetcolonyid, target.processgraphid,
                attribute.attributetype, attribute.key == null ? "" : attribute.key,
                attribute.value == null ? "" : attribute.value, clock.instant());
        return repository.findAttribute(id);
    }

    public Attribute getAttribute(String attributeId) {
        Attribute attribute = repository.findAttribute(attributeId);
        if (attribute == null) {
            throw new ProcessException(ErrorKind.NOT_FOUND, "Attribute does not exists");
        }
        return attribute;
    }

    static int checkCount(int count) {
        if (count > MAX_COUNT) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "Count is larger than MaxCount limit <" + MAX_COUNT + ">");
        }
        return Math.max(count, 0);
    }

    private static void validate(FunctionSpec spec) {
        if (spec == null) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "Failed to submit process spec, msg.FunctionSpec is nil");
        }
        if (spec.priority < -MAX_PRIORITY || spec.priority > MAX_PRIORITY) {
            throw new ProcessException(ErrorKind.BAD_REQUEST,
                    "Failed to submit function spec, priority outside range [-50000, 50000]");
        }
        SpecRules.requireAssignable(spec);
    }

    private Process require(String processId) {
        Process p = processId == null ? null : repository.find(processId);
        if (p == null) {
            throw notFound(processId);
        }
        return p;
    }

    private static ProcessException notFound(String processId) {
        return new ProcessException(ErrorKind.NOT_FOUND, "Process with Id " + processId + " does not exist");
    }

    /** Explains why a guarded close updated nothing, with the reference's texts (PROTOCOL §5.5). */
    private static ProcessException closeRefused(Process p, String executorId, boolean success) {
        String verb = success ? "successful" : "failed";
        if (p == null) {
            return new ProcessException(ErrorKind.NOT_FOUND, "Failed to close process as " + verb + ", process is nil");
        }
        if (p.assignedexecutorid.isEmpty()) {
            return new ProcessException(ErrorKind.FORBIDDEN,
                    "Failed to close process as " + verb + ", process is not assigned");
        }
        if (!p.assignedexecutorid.equals(executorId)) {
            return new ProcessException(ErrorKind.FORBIDDEN,
                    "Failed to close process as " + verb + ", not allowed to close process as " + verb);
        }
        if (p.state == ProcessState.FAILED) {
            return new ProcessException(ErrorKind.CONFLICT,
                    success ? "Tried to set failed process as completed" : "Tried to set failed process as failed");
        }
        if (p.state == ProcessState.SUCCESS) {
            return new ProcessException(ErrorKind.CONFLICT, "Tried to set successful process as failed");
        }
        return new ProcessException(ErrorKind.CONFLICT,
                "Tried to set waiting process as completed without being running");
    }
}
