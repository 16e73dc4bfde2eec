package io.colonies.client.executor;

import io.colonies.client.ColoniesClient;
import io.colonies.client.ColoniesException;
import io.colonies.client.RequestInterruptedException;
import io.colonies.client.RestColoniesClient;
import io.colonies.client.ServerUnreachableException;
import io.colonies.model.core.Process;
import jakarta.json.bind.JsonbException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs an executor on the calling thread: register, then long-poll {@code assignprocessmsg}, handle,
 * close, repeat. Server outages are ridden out with exponential back-off. {@link #stop()} may be
 * called from any thread (e.g. a shutdown hook): it cuts a pending long-poll or back-off short, lets
 * the current process finish and makes {@link #run()} return.
 *
 * <p>Only the idle phases are interrupted, never the handler or a close, so a result that was
 * computed is always reported. {@link #abortCurrent()} interrupts the handler on purpose when a
 * caller's patience has run out; the process is then closed as failed. A handler interrupted while
 * the loop is stopping ({@link #shutdown(Duration)} after its grace) is not failed but handed back
 * with {@code unassignprocessmsg}: it waits again at its old queue position for another executor.
 *
 * <p>{@link #concurrency(int)} (opt-in, default 1) runs up to n handlers in parallel. On a
 * {@link RestColoniesClient} the loop then claims up to the free slots with one batch assign and
 * closes with batch closes, whatever finished together in one request ({@link BatchCloser}); over
 * RPC it claims one at a time and each handler closes its own process.
 */
public class ExecutorLoop {
    /** How long a stopping executor keeps retrying a close against an unreachable server. */
    static final Duration CLOSE_GIVE_UP_WHEN_STOPPING = Duration.ofSeconds(30);
    private static final Duration ABORT_WAIT = Duration.ofSeconds(10);
    /** The server's default COLONIES_MAX_ASSIGN_BATCH: a batch assign asks for no more. */
    static final int MAX_ASSIGN_BATCH = 64;

    private final ColoniesClient client;
    private final ExecutorSettings settings;
    private final ProcessHandler handler;
    private final Collection<String> functions;
    private final Consumer<String> log;
    private final Backoff backoff = new Backoff();
    private final CountDownLatch finished = new CountDownLatch(1);

    private final Object lock = new Object();
    private Thread loopThread;
    private boolean started;
    private boolean stopRequested;
    private boolean idle;
    private int concurrency = 1;
    /** The threads running a handler right now: the loop thread, or the workers of a concurrent loop. */
    private final Set<Thread> handlerThreads = new HashSet<>();

    private volatile boolean outage;

    public ExecutorLoop(ColoniesClient client, ExecutorSettings settings, FunctionTable functions,
            Consumer<String> log) {
        this(client, settings, functions, functions.names(), log);
    }

    /**
     * @param functions names registered with {@code addfunctionmsg}; informational for the server
     * @param log receives one line per event; should be thread-safe
     */
    public ExecutorLoop(ColoniesClient client, ExecutorSettings settings, ProcessHandler handler,
            Collection<String> functions, Consumer<String> log) {
        this.client = client;
        this.settings = settings;
        this.handler = handler;
        this.functions = List.copyOf(functions);
        String prefix = "[" + settings.executorName() + "] ";
        this.log = line -> log.accept(prefix + line);
    }

    /**
     * Runs up to {@code n} handlers in parallel (see the class comment); 1, the default, is the plain
     * loop. Call before {@link #run()}.
     */
    public ExecutorLoop concurrency(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Concurrency must be at least 1, was " + n);
        }
        synchronized (lock) {
            if (started) {
                throw new IllegalStateException("Set the concurrency before the loop runs");
            }
            concurrency = n;
        }
        return this;
    }

    /**
     * Blocks until {@link #stop()} is called.
     *
     * @throws ColoniesException if the server refuses the registration (e.g. a wrong colony key)
     */
    public void run() {
        synchronized (lock) {
            if (started) {
                throw new IllegalStateException("An ExecutorLoop runs only once");
            }
            started = true;
            loopThread = Thread.currentThread();
        }
        try {
            if (retryWhileUnreachable(this::register)) {
                log.accept("ready: type " + settings.executorType() + ", id " + settings.executorId()
                        + ", functions " + functions);
                if (concurrency == 1) {
                    while (!isStopRequested()) {
                        pollOnce();
                    }
                } else {
                    runConcurrently();
                }
            }
        } finally {
            synchronized (lock) {
                loopThread = null;
            }
            Thread.interrupted();
            log.accept("stopped");
            finished.countDown();
        }
    }

    /** Asks the loop to stop after the current process; returns at once. */
    public void stop() {
        synchronized (lock) {
            stopRequested = true;
            if (idle && loopThread != null) {
                loopThread.interrupt();
            }
        }
    }

    /**
     * Interrupts the handler of the current process, which is then closed as failed, or handed back to
     * the queue if {@link #stop()} was called before.
     */
    public void abortCurrent() {
        synchronized (lock) {
            handlerThreads.forEach(Thread::interrupt);
        }
    }

    /**
     * Stops, waits up to {@code grace} for the current process, then interrupts it, hands it back to the
     * queue (unassign, not a failure) and waits a little more. A zero grace hands back at once.
     *
     * @return true if the loop has ended
     */
    public boolean shutdown(Duration grace) {
        stop();
        if (awaitStopped(grace)) {
            return true;
        }
        log.accept("grace period over, aborting the current process");
        abortCurrent();
        return awaitStopped(ABORT_WAIT);
    }

    /** @return true once {@link #run()} has returned, or if it never started */
    public boolean awaitStopped(Duration timeout) {
        synchronized (lock) {
            if (!started) {
                return true;
            }
        }
        try {
            return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return finished.getCount() == 0;
        }
    }

    public boolean isRunning() {
        synchronized (lock) {
            return started && finished.getCount() > 0;
        }
    }

    private void register() {
        ExecutorRegistration registration = new ExecutorRegistration(client, settings, log);
        registration.ensureRegisteredAndApproved();
        registration.registerFunctions(functions);
    }

    private void pollOnce() {
        Optional<Process> next;
        try {
            next = whileIdle(() -> client.assign(settings.colonyId(), settings.assignTimeoutSeconds(),
                    settings.executorKey()));
        } catch (ServerUnreachableException e) {
            reportOutage(e);
            pause();
            return;
        } catch (ColoniesException e) {
            log.accept("assign refused: " + e.getMessage());
            pause();
            return;
        } catch (RequestInterruptedException e) {
            return;
        }
        recovered();
        if (next != null) {
            next.ifPresent(this::execute);
        }
    }

    private void execute(Process process) {
        long startNanos = System.nanoTime();
        Outcome outcome = runHandler(process);
        String closed = outcome.handBack() ? handBack(process) : close(process, outcome);
        log.accept(line(process, closed, startNanos));
    }

    static String line(Process process, String closed, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        String funcname = process.spec == null ? "" : process.spec.funcname;
        return String.format("process %s %s: %s (%.1f s)", process.processid, funcname, closed, seconds);
    }

    /**
     * The concurrent loop: claim as many as there are free handler slots, run each on a worker, and
     * let the workers (RPC) or the batch closer (REST) close them. On stop it waits for the handlers
     * and the last closes.
     */
    private void runConcurrently() {
        ExecutorService workers = Executors.newFixedThreadPool(concurrency, task -> {
            Thread t = new Thread(task, settings.executorName() + "-handler");
            t.setDaemon(true);
            return t;
        });
        BatchCloser closer = client instanceof RestColoniesClient rest
                ? new BatchCloser(rest, settings, log, this::isStopRequested) : null;
        Thread closerThread = closer == null ? null : new Thread(closer, settings.executorName() + "-closer");
        if (closerThread != null) {
            closerThread.setDaemon(true);
            closerThread.start();
        }
        Semaphore free = new Semaphore(concurrency);
        try {
            while (!isStopRequested()) {
                Integer slots = whileIdle(() -> freeSlots(free));
                if (slots == null) {
                    continue;
                }
                List<Process> claimed = claim(slots);
                free.release(slots - claimed.size());
                for (Process p : claimed) {
                    workers.execute(() -> {
                        try {
                            executeConcurrently(p, closer);
                        } finally {
                            free.release();
                        }
                    });
                }
            }
        } finally {
            workers.shutdown();
            awaitQuietly(workers);
            if (closer != null) {
                closer.finish();
                joinQuietly(closerThread);
            }
        }
    }

    /** Waits for at least one free handler slot and takes all that are free; null if interrupted. */
    private static Integer freeSlots(Semaphore free) {
        try {
            free.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return 1 + free.drainPermits();
    }

    /** One (batch) assign for up to {@code slots} processes; empty on nothing, an error or a stop. */
    private List<Process> claim(int slots) {
        try {
            List<Process> claimed = whileIdle(() -> client instanceof RestColoniesClient rest
                    ? rest.assignBatch(settings.colonyId(), settings.assignTimeoutSeconds(),
                            Math.min(slots, MAX_ASSIGN_BATCH), settings.executorKey())
                    : client.assign(settings.colonyId(), settings.assignTimeoutSeconds(), settings.executorKey())
                            .map(List::of).orElse(List.of()));
            recovered();
            return claimed == null ? List.of() : claimed;
        } catch (ServerUnreachableException e) {
            reportOutage(e);
            pause();
        } catch (ColoniesException e) {
            log.accept("assign refused: " + e.getMessage());
            pause();
        } catch (RequestInterruptedException e) {
            // stopping
        }
        return List.of();
    }

    private void executeConcurrently(Process process, BatchCloser closer) {
        long startNanos = System.nanoTime();
        Outcome outcome = runHandler(process);
        if (outcome.handBack()) {
            log.accept(line(process, handBack(process), startNanos));
        } else if (closer == null) {
            log.accept(line(process, close(process, outcome), startNanos));
        } else {
            closer.add(new BatchCloser.Finished(process, outcome.out(), outcome.errors(), startNanos));
        }
    }

    private static void awaitQuietly(ExecutorService workers) {
        boolean interrupted = false;
        while (true) {
            try {
                if (workers.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true; // the handlers' results must still be closed
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread thread) {
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                // keep waiting: the closer ends once the queued closes are sent or given up
            }
        }
    }

    private Outcome runHandler(Process process) {
        synchronized (lock) {
            handlerThreads.add(Thread.currentThread());
        }
        try {
            List<Object> out = handler.handle(process);
            return Outcome.success(out == null ? List.of() : out);
        } catch (ProcessFailedException e) {
            return Outcome.failure(e.errors());
        } catch (InterruptedException e) {
            if (isStopRequested()) {
                return Outcome.HAND_BACK;
            }
            return Outcome.failure(List.of("The executor stopped before the process finished"));
        } catch (Exception e) {
            return Outcome.failure(List.of(describe(e)));
        } finally {
            synchronized (lock) {
                handlerThreads.remove(Thread.currentThread());
            }
            // An abort that raced with the handler's return must not break the close call.
            Thread.interrupted();
        }
    }

    /** One try: the executor is going away, and a process it could not give back is requeued by its deadline. */
    private String handBack(Process process) {
        try {
            client.unassign(process.processid, settings.executorKey());
            return "handed back to the queue (executor stopping)";
        } catch (ColoniesException | ServerUnreachableException | RequestInterruptedException e) {
            Thread.interrupted();
            return "NOT handed back: " + e.getMessage();
        }
    }

    /** Closes with retries; a server that stays away is waited for unless the executor is stopping. */
    private String close(Process process, Outcome outcome) {
        Outcome current = outcome;
        long giveUpAt = 0;
        while (true) {
            try {
                if (current.errors() == null) {
                    client.closeSuccessful(process.processid, current.out(), settings.executorKey());
                    recovered();
                    return "success";
                }
                client.closeFailed(process.processid, current.errors(), settings.executorKey());
                recovered();
                return "failed: " + String.join("; ", current.errors());
            } catch (JsonbException e) {
                current = Outcome.failure(List.of("The output cannot be written as JSON: " + describe(e)));
            } catch (ColoniesException e) {
                return "close refused by the server: " + e.getMessage();
            } catch (RequestInterruptedException e) {
                Thread.interrupted();
            } catch (ServerUnreachableException e) {
                reportOutage(e);
                if (isStopRequested()) {
                    long now = System.nanoTime();
                    giveUpAt = giveUpAt == 0 ? now + CLOSE_GIVE_UP_WHEN_STOPPING.toNanos() : giveUpAt;
                    if (now - giveUpAt > 0) {
                        return "NOT closed, the server stayed unreachable";
                    }
                }
                sleep(backoff.next());
            }
        }
    }

    /** Runs {@code step} until it gets through to the server; false if stopped first. */
    private boolean retryWhileUnreachable(Runnable step) {
        while (!isStopRequested()) {
            try {
                step.run();
                recovered();
                return true;
            } catch (ServerUnreachableException e) {
                reportOutage(e);
                pause();
            } catch (RequestInterruptedException e) {
                Thread.interrupted();
            }
        }
        return false;
    }

    /** Runs {@code call} in a phase that {@link #stop()} may interrupt; null if already stopping. */
    private <T> T whileIdle(Supplier<T> call) {
        synchronized (lock) {
            if (stopRequested) {
                return null;
            }
            idle = true;
        }
        try {
            return call.get();
        } finally {
            synchronized (lock) {
                idle = false;
            }
            Thread.interrupted();
        }
    }

    private void pause() {
        Duration delay = backoff.next();
        whileIdle(() -> {
            sleep(delay);
            return null;
        });
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void reportOutage(ServerUnreachableException e) {
        if (!outage) {
            outage = true;
            log.accept(e.getMessage() + " (retrying with back-off)");
        }
    }

    private void recovered() {
        backoff.reset();
        if (outage) {
            outage = false;
            log.accept("server reachable again");
        }
    }

    private boolean isStopRequested() {
        synchronized (lock) {
            return stopRequested;
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Either an output ({@code errors} null), the errors of a failure, or a hand-back to the queue. */
    private record Outcome(List<Object> out, List<String> errors, boolean handBack) {
        static final Outcome HAND_BACK = new Outcome(null, null, true);

        static Outcome success(List<Object> out) {
            return new Outcome(out, null, false);
        }

        static Outcome failure(List<String> errors) {
            return new Outcome(null, errors, false);
        }
    }
}
