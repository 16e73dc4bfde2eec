package io.colonies.server.process;

import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ProcessId;
import io.colonies.server.security.Caller;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The entry point of process closes (RPC and REST): closes that arrive while another batch is being
 * committed are coalesced into the next one ({@link CloseBatch}: one statement, one commit, so one
 * WAL flush for many closes), and every caller still gets its own outcome. An idle server closes at
 * once, in the caller's thread; batches form only under concurrency, so a lone close waits for
 * nobody. With {@value #COALESCE_KEY}=false every close is its own transaction
 * ({@link Processes#closeSuccessful}, {@link Processes#closeFailed}).
 */
@ApplicationScoped
public class CloseCoalescer {
    public static final String COALESCE_KEY = "COLONIES_COALESCE";
    public static final boolean DEFAULT_COALESCE = true;
    public static final String MAX_BATCH_KEY = "COLONIES_COALESCE_MAX_BATCH";
    public static final int DEFAULT_MAX_BATCH = 64;
    private static final Logger LOG = Logger.getLogger(CloseCoalescer.class.getName());

    @Inject
    @ConfigProperty(name = COALESCE_KEY, defaultValue = "" + DEFAULT_COALESCE)
    boolean enabled;

    @Inject
    @ConfigProperty(name = MAX_BATCH_KEY, defaultValue = "" + DEFAULT_MAX_BATCH)
    int maxBatch;

    @Inject
    Processes processes;

    @Inject
    CloseBatch batches;

    @Resource
    ManagedExecutorService managedExecutor;

    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong batchCount = new AtomicLong();
    private final AtomicLong closeCount = new AtomicLong();

    /** As {@link Processes#closeSuccessful}, coalesced with concurrent closes. */
    public void closeSuccessful(Caller caller, ColonyScope scope, ProcessId id, List<Object> out) {
        close(CloseRequest.successful(caller, scope, id, out));
    }

    /** As {@link Processes#closeFailed}, coalesced with concurrent closes. */
    public void closeFailed(Caller caller, ColonyScope scope, ProcessId id, List<String> errors) {
        close(CloseRequest.failed(caller, scope, id, errors));
    }

    /** Batches committed so far, and the closes in them: their ratio is the mean batch size. */
    public long batches() {
        return batchCount.get();
    }

    public long coalescedCloses() {
        return closeCount.get();
    }

    /** Closes waiting for the next batch. */
    int queued() {
        return queue.size();
    }

    void close(CloseRequest request) {
        if (!enabled) {
            rethrow(single(request));
            return;
        }
        Pending pending = new Pending(request);
        queue.add(pending);
        if (running.compareAndSet(false, true)) {
            // No batch in flight: this thread commits one, with whatever else has queued meanwhile.
            try {
                run(take());
            } finally {
                release();
            }
        }
        rethrow(pending.outcome.join());
    }

    /** Executes follow-up batches; tests run them inline. */
    Executor executor() {
        return managedExecutor;
    }

    /** Up to {@code maxBatch} queued closes with distinct process ids; a repeated id waits for the next batch. */
    private List<Pending> take() {
        List<Pending> batch = new ArrayList<>();
        List<Pending> repeated = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Pending next;
        while (batch.size() < Math.max(1, maxBatch) && (next = queue.poll()) != null) {
            (ids.add(next.request.processId().value()) ? batch : repeated).add(next);
        }
        queue.addAll(repeated);
        return batch;
    }

    private void run(List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<CloseRequest> requests = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            requests.add(p.request);
        }
        try {
            List<? extends RuntimeException> outcomes = batches.closeAll(requests);
            batchCount.incrementAndGet();
            closeCount.addAndGet(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome.complete(outcomes.get(i));
            }
        } catch (RuntimeException abandoned) {
            // Rolled back as a whole: each close again on its own, which reports exactly what went wrong.
            LOG.log(Level.FINE, "close batch of " + batch.size() + " abandoned; closing one by one", abandoned);
            for (Pending p : batch) {
                p.outcome.complete(single(p.request));
            }
        } finally {
            for (Pending p : batch) {
                p.outcome.complete(new ProcessException(ErrorKind.INTERNAL,
                        "Failed to close process, the close batch did not finish"));
            }
        }
    }

    /** Lets the next batch start; one more is needed when closes queued while this one committed. */
    private void release() {
        running.set(false);
        if (!queue.isEmpty() && running.compareAndSet(false, true)) {
            try {
                executor().execute(this::drain);
            } catch (RuntimeException rejected) {
                drain(); // no pool thread (shutting down): finish here rather than strand the callers
            }
        }
    }

    private void drain() {
        try {
            List<Pending> batch;
            while (!(batch = take()).isEmpty()) {
                run(batch);
            }
        } finally {
            release();
        }
    }

    private RuntimeException single(CloseRequest request) {
        try {
            if (request.success()) {
                processes.closeSuccessful(request.caller(), request.scope(), request.processId(), request.out());
            } else {
                processes.closeFailed(request.caller(), request.scope(), request.processId(), request.errors());
            }
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static void rethrow(RuntimeException outcome) {
        if (outcome != null) {
            throw outcome;
        }
    }

    /** A queued close and the outcome its caller waits for: null when it closed, else the refusal. */
    private static final class Pending {
        final CloseRequest request;
        final CompletableFuture<RuntimeException> outcome = new CompletableFuture<>();

        Pending(CloseRequest request) {
            this.request = request;
        }
    }
}
