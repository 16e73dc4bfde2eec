package io.colonies.server.process;

import io.colonies.model.core.FunctionSpec;
import io.colonies.model.security.Hashes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A process about to be stored: a standalone submit, a workflow node or an added child. Computes the
 * derived fields of PROTOCOL §6.2 (priority time, wait deadline) in one place.
 */
public final class ProcessDraft {
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    final String id = Hashes.randomId();
    final FunctionSpec spec;
    final Instant submittedAt;
    String graphId = "";
    boolean waitForParents;
    List<String> parents = new ArrayList<>();
    List<String> children = new ArrayList<>();
    List<Object> input = new ArrayList<>();
    String idempotencyKey;

    public ProcessDraft(FunctionSpec spec, Instant submittedAt) {
        this.spec = spec;
        this.submittedAt = submittedAt;
    }

    public String id() {
        return id;
    }

    public FunctionSpec spec() {
        return spec;
    }

    public ProcessDraft inGraph(String processGraphId) {
        this.graphId = processGraphId;
        return this;
    }

    public ProcessDraft waitingForParents(boolean waiting) {
        this.waitForParents = waiting;
        return this;
    }

    public ProcessDraft withInput(List<Object> in) {
        this.input = in == null ? new ArrayList<>() : in;
        return this;
    }

    public ProcessDraft withIdempotencyKey(String key) {
        this.idempotencyKey = key == null || key.isBlank() ? null : key;
        return this;
    }

    public List<String> parents() {
        return parents;
    }

    public List<String> children() {
        return children;
    }

    public boolean waitsForParents() {
        return waitForParents;
    }

    /** Lower is served first; each priority step counts as one day of queue age. */
    public static long priorityTime(Instant submittedAt, int priority) {
        long unixNanos = submittedAt.getEpochSecond() * 1_000_000_000L + submittedAt.getNano();
        return unixNanos - priority * NANOS_PER_DAY;
    }

    long priorityTime() {
        return priorityTime(submittedAt, spec.priority);
    }

    Instant waitDeadline() {
        return spec.maxwaittime > 0 ? submittedAt.plusSeconds(spec.maxwaittime) : null;
    }
}
