package io.colonies.client.executor;

import io.colonies.client.CloseResult;
import io.colonies.client.Closure;
import io.colonies.client.ColoniesException;
import io.colonies.client.RequestInterruptedException;
import io.colonies.client.RestColoniesClient;
import io.colonies.client.ServerUnreachableException;
import io.colonies.model.core.Process;
import jakarta.json.bind.JsonbException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Closes what the handlers of a concurrent {@link ExecutorLoop} finished, over REST, with one batch
 * close for everything that finished together (up to {@link #MAX_BATCH}); a refused item is logged
 * and never holds back the others. Runs on its own thread until {@link #finish()}.
 */
final class BatchCloser implements Runnable {
    /** The server's default COLONIES_MAX_CLOSE_BATCH. */
    static final int MAX_BATCH = 256;

    /** A handler's result, waiting to be closed. */
    record Finished(Process process, List<Object> out, List<String> errors, long startNanos) {
        Closure closure() {
            return errors == null ? Closure.success(process.processid, out) : Closure.failure(process.processid, errors);
        }
    }

    private static final Finished END = new Finished(null, null, null, 0);

    private final BlockingQueue<Finished> queue = new LinkedBlockingQueue<>();
    private final RestColoniesClient client;
    private final ExecutorSettings settings;
    private final Consumer<String> log;
    private final BooleanSupplier stopping;
    private final Backoff backoff = new Backoff();

    BatchCloser(RestColoniesClient client, ExecutorSettings settings, Consumer<String> log, BooleanSupplier stopping) {
        this.client = client;
        this.settings = settings;
        this.log = log;
        this.stopping = stopping;
    }

    void add(Finished finished) {
        queue.add(finished);
    }

    /** Closes what is queued, then ends {@link #run()}. */
    void finish() {
        queue.add(END);
    }

    @Override
    public void run() {
        boolean ended = false;
        while (!ended) {
            List<Finished> batch = new ArrayList<>();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only finish() ends the closer, so no result is dropped
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            ended = batch.remove(END);
            if (!batch.isEmpty()) {
                send(batch);
            }
        }
    }

    private void send(List<Finished> batch) {
        List<Closure> closures = batch.stream().map(Finished::closure).toList();
        long giveUpAt = 0;
        while (true) {
            try {
                List<CloseResult> results = client.closeBatch(settings.colonyId(), closures, settings.executorKey());
                backoff.reset();
                for (int i = 0; i < batch.size(); i++) {
                    CloseResult result = i < results.size() ? results.get(i) : null;
                    Finished f = batch.get(i);
                    log.accept(ExecutorLoop.line(f.process(), result == null ? "no result from the server"
                            : result.closed() ? described(f) : "close refused by the server: "
                            + result.refusal().getMessage(), f.startNanos()));
                }
                return;
            } catch (JsonbException e) {
                if (batch.size() == 1) {
                    Finished f = batch.get(0);
                    batch = List.of(new Finished(f.process(), null,
                            List.of("The output cannot be written as JSON: " + e.getMessage()), f.startNanos()));
                    closures = List.of(batch.get(0).closure());
                } else {
                    batch.forEach(f -> send(List.of(f))); // find the one whose output is not JSON
                    return;
                }
            } catch (ColoniesException e) {
                batch.forEach(f -> log.accept(ExecutorLoop.line(f.process(), "close refused by the server: "
                        + e.getMessage(), f.startNanos())));
                return;
            } catch (RequestInterruptedException e) {
                Thread.interrupted();
            } catch (ServerUnreachableException e) {
                if (stopping.getAsBoolean()) {
                    long now = System.nanoTime();
                    giveUpAt = giveUpAt == 0 ? now + ExecutorLoop.CLOSE_GIVE_UP_WHEN_STOPPING.toNanos() : giveUpAt;
                    if (now - giveUpAt > 0) {
                        batch.forEach(f -> log.accept(ExecutorLoop.line(f.process(),
                                "NOT closed, the server stayed unreachable", f.startNanos())));
                        return;
                    }
                }
                sleep(backoff.next().toMillis());
            }
        }
    }

    private static String described(Finished f) {
        return f.errors() == null ? "success" : "failed: " + String.join("; ", f.errors());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
