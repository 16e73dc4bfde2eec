package io.colonies.server.process;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.server.cluster.AttributeChanged;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ExecutorId;
import io.colonies.server.id.ExecutorType;
import io.colonies.server.id.ProcessId;
import io.colonies.server.metrics.ProcessMetrics;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import io.colonies.server.security.Member;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The process and attribute use cases (PROTOCOL §5.5, §5.6, §6.2–6.6), the one entry point of RPC and
 * REST. Each method loads what decides, checks the colony scope and the caller's role once, and does
 * the work, all in one container-managed transaction. Role checks come in the order the reference
 * reports them: a missing object first, then the role, then the rules of the operation.
 */
@Stateless
public class Processes {
    @Inject
    ProcessRepository store;

    @Inject
    Authorizer authorizer;

    @Inject
    Event<ProcessClosed> closedEvents;

    @Inject
    Event<AttributeChanged> attributeEvents;

    @Inject
    Clock clock;

    @Inject
    ProcessMetrics metrics;

    @Inject
    ColoniesConfig config;

    /** Approved members. With an idempotency key, a retry returns the first process, not a new one. */
    public Submitted submit(Caller caller, FunctionSpec spec, String idempotencyKey) {
        if (spec == null) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "Failed to submit process spec, msg.FunctionSpec is nil");
        }
        authorizer.requireMember(caller, spec.conditions == null ? "" : spec.conditions.colonyid);
        validate(spec);
        SpecRules.requireNameLength("idempotencykey", idempotencyKey);
        String colonyId = spec.conditions.colonyid;
        ProcessDraft draft = new ProcessDraft(spec, clock.instant()).withIdempotencyKey(idempotencyKey);
        Process stored = store.insertAndAnnounce(draft, colonyId);
        if (stored != null) {
            metrics.submitted(colonyId, spec.conditions.executortype, stored.processid, "submit");
            return new Submitted(stored, true);
        }
        // The unique key refused the insert (after waiting for a concurrent twin to commit): hand back the winner.
        return new Submitted(store.withAttributes(store.findByIdempotencyKey(colonyId, draft.idempotencyKey)), false);
    }

    /**
     * Approved members may assign from their colony. Returns the member whose lane {@link AssignWaiters}
     * then waits in, outside any transaction. A zero timeout is an RPC error (REST sends -1 for "once").
     */
    public Member authorizeAssign(Caller caller, ColonyId colony, int timeoutSeconds) {
        Member member = authorizer.requireMember(caller, colony);
        if (timeoutSeconds == 0) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "Invalid timeout value, timeout cannot be zero");
        }
        return member;
    }

    /** The assignee, an approved member; success may be repeated, never after a failure. */
    public void closeSuccessful(Caller caller, ColonyScope scope, ProcessId id, List<Object> out) {
        authorizer.requireMember(caller, colonyIn(scope, id));
        Instant now = clock.instant();
        Process closed = store.closeSuccessful(id.value(), caller.id(), out, now);
        if (closed == null) {
            throw closeRefused(store.find(id.value()), caller.id(), true);
        }
        metrics.closed(closed, closed.state == ProcessState.SUCCESS, caller.id(),
                Duration.between(closed.starttime, now));
        closedEvents.fire(ProcessClosed.of(closed, caller.id(), now));
    }

    public void closeFailed(Caller caller, ColonyScope scope, ProcessId id, List<String> errors) {
        authorizer.requireMember(caller, colonyIn(scope, id));
        Instant now = clock.instant();
        Process closed = store.closeFailed(id.value(), caller.id(), errors, now);
        if (closed == null) {
            throw closeRefused(store.find(id.value()), caller.id(), false);
        }
        metrics.closed(closed, closed.state == ProcessState.SUCCESS, caller.id(),
                Duration.between(closed.starttime, now));
        closedEvents.fire(ProcessClosed.of(closed, caller.id(), now));
    }

    /**
     * The assignee closes many processes of a colony at once (REST batch close): one role check, one
     * guarded statement and one commit for all of them. Each item is judged on its own, with the
     * refusal a single close would give (unknown 404, not the assignee 403, not running or cancelled
     * 409, malformed 400; a repeated id 409), and a refused item never stops the others. Every closed
     * process fires its own {@link ProcessClosed}, in graph order so that concurrent batches lock
     * graph rows in the same order. Returns one outcome per item, in order.
     */
    public List<CloseOutcome> closeBatch(Caller caller, ColonyId colony, List<Closure> closures) {
        int max = config.maxCloseBatch();
        if (closures == null || closures.isEmpty() || closures.size() > max) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "A batch close carries 1 to " + max
                    + " closures (COLONIES_MAX_CLOSE_BATCH), got " + (closures == null ? 0 : closures.size()));
        }
        authorizer.requireMember(caller, colony);
        CloseOutcome[] outcomes = new CloseOutcome[closures.size()];
        Map<String, Integer> accepted = new LinkedHashMap<>();
        List<Closure> valid = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            Closure c = closures.get(i);
            String id = c == null ? null : c.processId();
            ProcessException invalid = invalidClosure(c);
            if (invalid != null) {
                outcomes[i] = new CloseOutcome(id == null ? "" : id, invalid);
            } else if (accepted.putIfAbsent(id, i) != null) {
                outcomes[i] = new CloseOutcome(id, new ProcessException(ErrorKind.CONFLICT,
                        "Process " + id + " appears more than once in this batch; only its first closure counts"));
            } else {
                valid.add(c);
            }
        }
        Instant now = clock.instant();
        ColonyScope scope = ColonyScope.of(colony);
        // the coalescer's statement: the same guards, and one prepared plan for both paths
        List<CloseRequest> requests = valid.stream().map(c -> c.successful()
                ? CloseRequest.successful(caller, scope, ProcessId.of(c.processId()), c.out())
                : CloseRequest.failed(caller, scope, ProcessId.of(c.processId()), c.errors())).toList();
        // mutable even when empty: it is sorted below
        List<Process> closed = requests.isEmpty() ? new ArrayList<>() : new ArrayList<>(store.closeAll(requests, now));
        Set<String> closedIds = new HashSet<>();
        closed.forEach(p -> closedIds.add(p.processid));
        Map<String, Process> refused = refusedRows(valid, closedIds);
        for (Closure c : valid) {
            String id = c.processId();
            outcomes[accepted.get(id)] = new CloseOutcome(id, closedIds.contains(id) ? null
                    : batchRefusal(refused.get(id), colony, caller.id(), c));
        }
        closed.sort(Comparator.comparing((Process p) -> p.processgraphid).thenComparing(p -> p.processid));
        for (Process p : closed) {
            metrics.closed(p, p.state == ProcessState.SUCCESS, caller.id(), Duration.between(p.starttime, now));
            closedEvents.fire(ProcessClosed.of(p, caller.id(), now));
        }
        return List.of(outcomes);
    }

    /** The stored rows of the valid closures the statement did not close, in one query; absent when unknown. */
    private Map<String, Process> refusedRows(List<Closure> valid, Set<String> closedIds) {
        if (closedIds.size() == valid.size()) {
            return Map.of();
        }
        List<String> missing = valid.stream().map(Closure::processId).filter(id -> !closedIds.contains(id)).toList();
        Map<String, Process> found = new HashMap<>();
        store.findAll(missing).forEach(p -> found.put(p.processid, p));
        return found;
    }

    /** Why the guarded statement left this closure's process alone; another colony's process is not found here. */
    private static ProcessException batchRefusal(Process p, ColonyId colony, String executorId, Closure c) {
        if (p == null || !colony.value().equals(p.spec.conditions.colonyid)) {
            return ProcessException.notFound(c.processId());
        }
        return closeRefused(p, executorId, c.successful());
    }

    /** The per-item input rules of a batch close; null when the item may go to the statement. */
    private static ProcessException invalidClosure(Closure c) {
        if (c == null) {
            return new ProcessException(ErrorKind.BAD_REQUEST, "A closure must be an object");
        }
        if (c.processId() == null || c.processId().isEmpty()) {
            return new ProcessException(ErrorKind.BAD_REQUEST, "A closure needs its 'processid'");
        }
        if (c.successful() == null) {
            return new ProcessException(ErrorKind.BAD_REQUEST, "A closure needs 'successful' (true or false)");
        }
        try {
            ProcessId.of(c.processId());
        } catch (ColoniesException e) {
            return new ProcessException(e.kind(), e.getMessage());
        }
        return null;
    }

    /** Approved members; with its attributes. */
    public Process get(Caller caller, ColonyScope scope, ProcessId id) {
        Process p = store.find(id.value());
        if (p == null) {
            throw ProcessException.notFound(id.value());
        }
        scope.require(p.spec.conditions.colonyid, "Process " + id);
        authorizer.requireMember(caller, p.spec.conditions.colonyid);
        return store.withAttributes(p);
    }

    /**
     * Members and the colony owner: a state's processes in service order. From the start when
     * {@code after} is null, else the page after that position (REST paging).
     */
    public List<Process> list(Caller caller, ColonyId colony, int state, ExecutorType type, QueuePosition after,
                              int count) {
        authorizer.requireMemberOrOwner(caller, colony);
        if (!ProcessState.isValid(state)) {
            throw new ProcessException(ErrorKind.BAD_REQUEST,
                    after == null ? "Failed to get processes, invalid msg.State" : "Failed to get processes, invalid state");
        }
        int limit = checkCount(count);
        List<Process> found = after == null
                ? store.list(colony.value(), state, type.value(), limit)
                : store.listAfter(colony.value(), state, type.value(), after.priorityTime(), after.processId(), limit);
        return store.withAttributes(found);
    }

    /** Members and the colony owner: a state's processes submitted in the last {@code seconds}. */
    public List<Process> history(Caller caller, ColonyId colony, ExecutorId executor, long seconds, int state) {
        authorizer.requireMemberOrOwner(caller, colony);
        SpecRules.requireDuration("seconds", seconds);
        Instant since = clock.instant().minus(Duration.ofSeconds(Math.max(0, seconds)));
        return store.withAttributes(store.history(colony.value(), executor.value(), since, state));
    }

    /** Approved members. */
    public void delete(Caller caller, ColonyScope scope, ProcessId id) {
        authorizer.requireMember(caller, colonyIn(scope, id));
        if (store.delete(id.value()) == 0) {
            throw ProcessException.notFound(id.value());
        }
    }

    /** The colony owner: standalone processes of one state, or of all ({@link ProcessState#NOTSET}). */
    public void deleteAll(Caller caller, ColonyId colony, int state) {
        authorizer.requireColonyOwner(caller, colony);
        if (state == ProcessState.RUNNING) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "not possible to delete running processes");
        }
        if (state != ProcessState.NOTSET && !ProcessState.isValid(state)) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "invalid state when deleting all processes");
        }
        store.deleteAll(colony.value(), state);
    }

    /** Only the assignee of a running process may add attributes (PROTOCOL §5.6), to its process's colony. */
    public Attribute addAttribute(Caller caller, ColonyScope scope, Attribute attribute) {
        if (attribute == null) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "Failed to add attribute, attribute is nil");
        }
        if (!Attribute.isKnownType(attribute.attributetype)) {
            // the column is a smallint: any other number was a database error, a 500 (FuzzIT)
            throw new ProcessException(ErrorKind.BAD_REQUEST, "Failed to add attribute, attributetype must be "
                    + Attribute.IN + " (in), " + Attribute.OUT + " (out), " + Attribute.ERR + " (err) or "
                    + Attribute.ENV + " (env), not " + attribute.attributetype);
        }
        Process target = attribute.targetid == null ? null : store.find(attribute.targetid);
        if (target == null) {
            throw ProcessException.notFound(attribute.targetid);
        }
        scope.require(target.spec.conditions.colonyid, "Process " + target.processid);
        authorizer.requireMember(caller, target.spec.conditions.colonyid);
        if (target.state == ProcessState.CANCELLED && target.assignedexecutorid.equals(caller.id())) {
            throw cancelled("add attribute");
        }
        if (target.state != ProcessState.RUNNING) {
            throw new ProcessException(ErrorKind.FORBIDDEN, "Failed to add attribute, process is not running");
        }
        if (!target.assignedexecutorid.equals(caller.id())) {
            throw new ProcessException(ErrorKind.FORBIDDEN, "Failed to add attribute, only executor with id "
                    + target.assignedexecutorid + " is allowed to set attributes");
        }
        // the attribute belongs to its process's colony: a client's targetcolonyid that is missing or names
        // another colony would store an attribute that no colony query finds (docs/compatibility.md)
        String id = store.insertAttribute(target.processid, target.spec.conditions.colonyid, target.processgraphid,
                attribute.attributetype, attribute.key == null ? "" : attribute.key,
                attribute.value == null ? "" : attribute.value, clock.instant());
        attributeEvents.fire(AttributeChanged.added(target.spec.conditions.colonyid, target.processid, id));
        return store.findAttribute(id);
    }

    /**
     * Approved members of the attribute's colony. REST names the owning process too ({@code owner},
     * null for RPC), which must exist in the scope; whether the attribute is that process's own is the
     * REST path's business, after the role check as before.
     */
    public Attribute getAttribute(Caller caller, ColonyScope scope, ProcessId owner, String attributeId) {
        if (owner != null) {
            colonyIn(scope, owner);
        }
        Attribute attribute = store.findAttribute(attributeId);
        if (attribute == null) {
            throw new ProcessException(ErrorKind.NOT_FOUND, "Attribute does not exists");
        }
        String colonyId = store.colonyOf(attribute.targetid);
        if (colonyId == null) {
            throw ProcessException.notFound(attribute.targetid);
        }
        authorizer.requireMember(caller, colonyId);
        return attribute;
    }

    /**
     * Approved members of the colony (the submitter among them) and the colony owner, as any member may
     * submit or delete a process (docs/compatibility.md). A waiting process ends at once; a running one
     * is marked CANCELLED and its executor's next close or attribute is refused. Workflow members are
     * cancelled with their workflow. Subscribers see the CANCELLED event.
     */
    public Process cancel(Caller caller, ColonyScope scope, ProcessId id) {
        Process p = store.find(id.value());
        if (p == null) {
            throw ProcessException.notFound(id.value());
        }
        scope.require(p.spec.conditions.colonyid, "Process " + id);
        authorizer.requireMemberOrOwner(caller, p.spec.conditions.colonyid);
        if (!p.processgraphid.isEmpty()) {
            throw new ProcessException(ErrorKind.BAD_REQUEST, "Failed to cancel process, process belongs to"
                    + " processgraph " + p.processgraphid + ", cancel the processgraph instead");
        }
        Process cancelled = store.cancel(id.value(), clock.instant());
        if (cancelled == null) {
            Process now = store.find(id.value());
            throw new ProcessException(ErrorKind.CONFLICT, "Failed to cancel process, process is already "
                    + ProcessState.name(now == null ? p.state : now.state).toLowerCase(Locale.ROOT));
        }
        return store.withAttributes(cancelled);
    }

    private static ProcessException cancelled(String what) {
        return new ProcessException(ErrorKind.CONFLICT, "Failed to " + what + ", process was cancelled");
    }

    /**
     * The assignee gives its running process back to the queue: WAITING at its old position, not a
     * retry. The statement announces the WAITING state, which wakes parked assigns on every replica.
     */
    public Process unassign(Caller caller, ColonyScope scope, ProcessId id) {
        authorizer.requireMember(caller, colonyIn(scope, id));
        Process freed = store.unassign(id.value(), caller.id());
        if (freed == null) {
            throw unassignRefused(store.find(id.value()), caller.id());
        }
        return freed;
    }

    /**
     * Only the assignee of a running process may remove its attributes, as for adding them. REST names
     * the owning process ({@code owner}, null for RPC), which must be the attribute's.
     */
    public void removeAttribute(Caller caller, ColonyScope scope, ProcessId owner, String attributeId) {
        if (owner != null) {
            colonyIn(scope, owner);
        }
        Attribute attribute = attributeId == null ? null : store.findAttribute(attributeId);
        if (attribute == null || owner != null && !owner.value().equals(attribute.targetid)) {
            throw new ProcessException(ErrorKind.NOT_FOUND, "Attribute does not exists");
        }
        Process target = store.find(attribute.targetid);
        if (target == null) {
            throw ProcessException.notFound(attribute.targetid);
        }
        scope.require(target.spec.conditions.colonyid, "Process " + target.processid);
        authorizer.requireMember(caller, target.spec.conditions.colonyid);
        if (target.state != ProcessState.RUNNING) {
            throw new ProcessException(ErrorKind.FORBIDDEN, "Failed to remove attribute, process is not running");
        }
        if (!target.assignedexecutorid.equals(caller.id())) {
            throw new ProcessException(ErrorKind.FORBIDDEN, "Failed to remove attribute, only executor with id "
                    + target.assignedexecutorid + " is allowed to remove attributes");
        }
        store.deleteAttribute(attributeId);
        attributeEvents.fire(AttributeChanged.removed(target.spec.conditions.colonyid, target.processid, attributeId));
    }

    /** The colony of an existing process in the scope; a 404 otherwise. */
    private String colonyIn(ColonyScope scope, ProcessId id) {
        String colonyId = store.colonyOf(id.value());
        if (colonyId == null) {
            throw ProcessException.notFound(id.value());
        }
        scope.require(colonyId, "Process " + id);
        return colonyId;
    }

    static int checkCount(int count) {
        if (count > ProcessService.MAX_COUNT) {
            throw new ProcessException(ErrorKind.BAD_REQUEST,
                    "Count is larger than MaxCount limit <" + ProcessService.MAX_COUNT + ">");
        }
        return Math.max(count, 0);
    }

    private static void validate(FunctionSpec spec) {
        if (spec.priority < -ProcessService.MAX_PRIORITY || spec.priority > ProcessService.MAX_PRIORITY) {
            throw new ProcessException(ErrorKind.BAD_REQUEST,
                    "Failed to submit function spec, priority outside range [-50000, 50000]");
        }
        SpecRules.requireAssignable(spec);
    }

    /** Explains why a guarded unassign updated nothing. */
    private static ProcessException unassignRefused(Process p, String executorId) {
        if (p == null) {
            return new ProcessException(ErrorKind.NOT_FOUND, "Failed to unassign process, process is nil");
        }
        if (p.state != ProcessState.RUNNING) {
            return new ProcessException(ErrorKind.CONFLICT, "Failed to unassign process, process is not running");
        }
        return new ProcessException(ErrorKind.FORBIDDEN,
                "Failed to unassign process, only the assigned executor may unassign it");
    }

    /** Explains why a guarded close updated nothing, with the reference's texts (PROTOCOL §5.5). */
    static ProcessException closeRefused(Process p, String executorId, boolean success) {
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
        if (p.state == ProcessState.CANCELLED) {
            return cancelled("close process as " + verb);
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
