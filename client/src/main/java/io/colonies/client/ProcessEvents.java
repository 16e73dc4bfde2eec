package io.colonies.client;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import io.colonies.model.json.WireJson;
import io.colonies.model.security.PrivateKey;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Process events over the REST event stream {@code GET /v1/colonies/{c}/events} (Server-Sent Events,
 * docs/rest.md), so callers wait for a change instead of polling. Works with either transport's
 * client: the stream is a signed REST request to the same server. Events of every replica arrive.
 *
 * <p>Timeout and reconnect: a subscription lives until {@link Subscription#close()} or its timeout.
 * The server keeps idle streams open with keep-alive comments; if the connection drops anyway the
 * subscription reconnects (new signature) after 0.25 s doubling to 5 s, and calls
 * {@link Listener#onSubscribed(boolean)} with {@code true}: events while disconnected are not
 * replayed, so re-read what matters then. A refusal (401, 403, 404) ends the subscription.
 * {@link #subscribeAttributes} follows one process's attributes on the same stream ({@code attributes=true}).
 */
public class ProcessEvents {
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final RestTransport rest;

    public ProcessEvents(RestTransport rest) {
        this.rest = rest;
    }

    /** Receives the events of one subscription, on the subscription's own thread. */
    public interface Listener {
        /** A process changed to {@code process.state}. */
        void onEvent(Process process);

        /** The stream is confirmed; {@code reconnected}: after a drop, so events may have been missed. */
        default void onSubscribed(boolean reconnected) {
        }

        /** The subscription ended: {@code error} is null after close or timeout, else the refusal. */
        default void onEnded(RuntimeException error) {
        }
    }

    /**
     * Receives one process's attribute changes and its state changes, on the subscription's own thread.
     * Attributes that existed before the subscription are not sent: read the process in
     * {@link #onSubscribed} for those.
     */
    public interface AttributeListener {
        /**
         * An attribute was added. One removed again before the server could read it carries only its
         * ids (empty key and value); its removal follows.
         */
        void onAdded(Attribute attribute);

        /** The attribute with this id was removed. */
        void onRemoved(String attributeId);

        /** The process changed to {@code process.state}. */
        default void onProcess(Process process) {
        }

        /** As {@link Listener#onSubscribed}. */
        default void onSubscribed(boolean reconnected) {
        }

        /** As {@link Listener#onEnded}. */
        default void onEnded(RuntimeException error) {
        }
    }

    /** The data of an attribute event: {@code change} is "added" or "removed" (docs/rest.md). */
    public static class AttributeChange {
        public static final String ADDED = "added";
        public static final String REMOVED = "removed";

        public String change = "";
        public Attribute attribute;

        public AttributeChange() {
            // for JSON-B
        }

        public AttributeChange(String change, Attribute attribute) {
            this.change = change;
            this.attribute = attribute;
        }
    }

    /** An open subscription; closing it ends the stream. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Events of the colony, only of {@code processId} and only to {@code state} when given (null or -1:
     * any), for at most {@code timeout} (null or zero: until closed). Signed by an approved member's key.
     */
    public Subscription subscribe(String colonyId, String processId, Integer state, Duration timeout, PrivateKey key,
                                  Listener listener) {
        StringBuilder path = new StringBuilder("/v1/colonies/").append(colonyId).append("/events");
        String sep = "?";
        if (processId != null && !processId.isEmpty()) {
            path.append(sep).append("processId=").append(processId);
            sep = "&";
        }
        if (state != null && state >= 0) {
            path.append(sep).append("state=").append(state);
        }
        return open(colonyId, path.toString(), timeout, key, new StreamHandler() {
            @Override
            public void subscribed(boolean reconnected) {
                listener.onSubscribed(reconnected);
            }

            @Override
            public void frame(String event, String data) {
                if (!isAttributeEvent(event)) {
                    readProcess(data).ifPresent(listener::onEvent);
                }
            }

            @Override
            public void ended(RuntimeException error) {
                listener.onEnded(error);
            }
        });
    }

    /**
     * The attribute changes of {@code processId} (added and removed) and its state changes, for at most
     * {@code timeout} (null or zero: until closed); reconnects and ends as {@link #subscribe} does.
     * Signed by an approved member's key.
     */
    public Subscription subscribeAttributes(String colonyId, String processId, Duration timeout, PrivateKey key,
                                            AttributeListener listener) {
        if (processId == null || processId.isEmpty()) {
            throw new IllegalArgumentException("An attribute subscription needs a process id");
        }
        String path = "/v1/colonies/" + colonyId + "/events?processId=" + processId + "&attributes=true";
        return open(colonyId, path, timeout, key, new StreamHandler() {
            @Override
            public void subscribed(boolean reconnected) {
                listener.onSubscribed(reconnected);
            }

            @Override
            public void frame(String event, String data) {
                deliverAttributeFrame(event, data, listener);
            }

            @Override
            public void ended(RuntimeException error) {
                listener.onEnded(error);
            }
        });
    }

    /**
     * One frame of an attribute subscription to its listener: attribute events by their data's
     * {@code change}, anything else as a process. A frame that cannot be read is skipped.
     */
    static void deliverAttributeFrame(String event, String data, AttributeListener listener) {
        if (!isAttributeEvent(event)) {
            readProcess(data).ifPresent(listener::onProcess);
            return;
        }
        AttributeChange change;
        try {
            change = WireJson.fromJson(data, AttributeChange.class);
        } catch (JsonbException e) {
            return;
        }
        if (change == null || change.attribute == null || change.attribute.attributeid.isEmpty()) {
            return;
        }
        if (AttributeChange.ADDED.equals(change.change)) {
            listener.onAdded(change.attribute);
        } else if (AttributeChange.REMOVED.equals(change.change)) {
            listener.onRemoved(change.attribute.attributeid);
        }
    }

    private static boolean isAttributeEvent(String event) {
        return event.startsWith("attribute-");
    }

    /** The process of a state event; empty for a frame we cannot read (the next one may be fine). */
    static Optional<Process> readProcess(String data) {
        try {
            return Optional.ofNullable(WireJson.fromJson(data, Process.class));
        } catch (JsonbException e) {
            return Optional.empty();
        }
    }

    private Subscription open(String colonyId, String path, Duration timeout, PrivateKey key, StreamHandler handler) {
        OpenStream stream = new OpenStream(path, key, handler, timeout);
        Thread thread = new Thread(stream::run, "colonies-events-" + colonyId.substring(0, Math.min(8, colonyId.length())));
        thread.setDaemon(true);
        stream.thread = thread;
        thread.start();
        if (timeout != null && !timeout.isZero()) {
            // the read blocks between events, so the deadline is enforced from outside
            CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(stream::close);
        }
        return stream;
    }

    /**
     * Waits until the process is in {@code state}: subscribes, then reads the process once (so a change
     * just before the subscription is not missed) and again after every reconnect.
     *
     * @return the process in that state, or empty when the timeout passed first
     * @throws ColoniesException if the process cannot be read or the stream is refused
     */
    public Optional<Process> waitForState(ColoniesClient client, String colonyId, String processId, int state,
                                          Duration timeout, PrivateKey key) {
        AtomicReference<Process> found = new AtomicReference<>();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Listener listener = new Listener() {
            @Override
            public void onEvent(Process process) {
                if (process.state == state && found.compareAndSet(null, process)) {
                    done.countDown();
                }
            }

            @Override
            public void onSubscribed(boolean reconnected) {
                try {
                    onEvent(client.process(processId, key));
                } catch (RuntimeException e) {
                    failed.compareAndSet(null, e);
                    done.countDown();
                }
            }

            @Override
            public void onEnded(RuntimeException error) {
                if (error != null) {
                    failed.compareAndSet(null, error);
                }
                done.countDown();
            }
        };
        try (Subscription ignored = subscribe(colonyId, processId, state, timeout, key, listener)) {
            if (timeout == null || timeout.isZero()) {
                done.await();
            } else {
                done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestInterruptedException(e);
        }
        if (found.get() != null) {
            return Optional.of(found.get());
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return Optional.empty();
    }

    /** What an {@link OpenStream} reports, on its thread; each kind of subscription adapts it to its listener. */
    private interface StreamHandler {
        void subscribed(boolean reconnected);

        void frame(String event, String data);

        void ended(RuntimeException error);
    }

    /** One subscription: connect, read lines, reconnect on drops, stop on close, timeout or refusal. */
    private final class OpenStream implements Subscription {
        private final String path;
        private final PrivateKey key;
        private final StreamHandler handler;
        private final long deadlineNanos;
        private volatile boolean closed;
        private volatile Stream<String> lines;
        private Thread thread;

        OpenStream(String path, PrivateKey key, StreamHandler handler, Duration timeout) {
            this.path = path;
            this.key = key;
            this.handler = handler;
            this.deadlineNanos = timeout == null || timeout.isZero() ? Long.MAX_VALUE
                    : System.nanoTime() + timeout.toNanos();
        }

        void run() {
            RuntimeException error = null;
            boolean reconnect = false;
            Duration backoff = Duration.ofMillis(250);
            try {
                while (!closed && System.nanoTime() < deadlineNanos) {
                    try {
                        if (readOnce(reconnect)) {
                            backoff = Duration.ofMillis(250);
                        }
                    } catch (IOException | UnresolvedAddressException e) {
                        // dropped or unreachable: reconnect below
                    }
                    if (closed) {
                        break;
                    }
                    reconnect = true;
                    Thread.sleep(Math.min(backoff.toMillis(), Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000)));
                    backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                }
            } catch (InterruptedException e) {
                // closed or timed out
            } catch (RuntimeException e) {
                error = e;
            }
            handler.ended(closed ? null : error);
        }

        /** @return true when the stream was confirmed before it ended */
        private boolean readOnce(boolean reconnect) throws IOException, InterruptedException {
            HttpResponse<Stream<String>> response = rest.http().send(
                    rest.request("GET", path, null, key, null, Map.of("Accept", "text/event-stream")),
                    HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                String body;
                try (Stream<String> text = response.body()) {
                    body = String.join("\n", text.limit(50).toList());
                }
                throw RestTransport.problemOf(response.statusCode(), body);
            }
            lines = response.body();
            EventFrames frames = new EventFrames(new EventFrames.Sink() {
                @Override
                public void subscribed() {
                    handler.subscribed(reconnect);
                }

                @Override
                public void frame(String event, String data) {
                    if (!closed) {
                        handler.frame(event, data);
                    }
                }
            });
            try (Stream<String> open = lines) {
                var it = open.iterator();
                while (!closed && it.hasNext()) {
                    frames.line(it.next());
                }
            } catch (RuntimeException e) {
                if (!(e.getCause() instanceof IOException) && !closed) {
                    throw e;
                }
            }
            return frames.confirmed();
        }

        @Override
        public void close() {
            closed = true;
            Stream<String> open = lines;
            if (open != null) {
                open.close();
            }
            if (thread != null && thread != Thread.currentThread()) {
                thread.interrupt();
            }
        }
    }
}
