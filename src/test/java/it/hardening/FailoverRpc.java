package it.hardening;

import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.Message;
import io.colonies.model.rpc.RpcReply;
import io.colonies.model.security.PrivateKey;
import it.support.Reply;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An RPC client of {@link ChaosIT} that knows both replicas, as a client of a cluster does: it sends to
 * its home replica and, when that one cannot answer (connection refused or cut, a replica still starting
 * that has no /api yet, a 503), sends the same message, signed anew, to the other. It goes back home
 * after a short pause, so a restarted replica gets its clients back.
 */
final class FailoverRpc {
    /** How long a replica that failed is left alone before it is tried again. */
    private static final long COOL_DOWN_NANOS = Duration.ofSeconds(1).toNanos();
    private static final Duration GIVE_UP = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** A reply and the replica that gave it. */
    record Answer(Reply reply, ChaosServers.Server replica) {
    }

    /** What all clients saw: attempts that failed over, and replies no client should ever get. */
    static final class Tally {
        final AtomicInteger retries = new AtomicInteger();
        final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        final List<String> serverErrors = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        void failure(String what) {
            failures.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private final ChaosServers.Server home;
    private final Tally tally;
    private final long[] downUntil = new long[2];

    FailoverRpc(ChaosServers.Server home, Tally tally) {
        this.home = home;
        this.tally = tally;
    }

    /**
     * Sends until some replica answers with a reply envelope (success or a Colonies error other than 503).
     * Every attempt is signed anew; whether a request cut off in flight took effect is the caller's concern.
     */
    Answer send(Message message, PrivateKey key, Duration requestTimeout) {
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        for (int attempt = 0; ; attempt++) {
            ChaosServers.Server target = pick();
            if (attempt > 0) {
                tally.retries.incrementAndGet();
            }
            Reply reply = attempt(target, message, key, requestTimeout);
            if (reply != null) {
                return new Answer(reply, target);
            }
            markDown(target);
            if (System.nanoTime() > giveUp) {
                throw new AssertionError("no replica answered " + message.msgtype + " within " + GIVE_UP);
            }
            if (attempt % 2 == 1) {
                pause(); // both replicas failed in a row: client back-off, not a wait for a deadline
            }
        }
    }

    /** A reply envelope, or null when this replica could not serve the request. */
    private Reply attempt(ChaosServers.Server target, Message message, PrivateKey key, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url() + "/api")).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(WireJson.toJson(Envelopes.signed(message, key)))).build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            tally.failure(e.getClass().getSimpleName());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        RpcReply envelope;
        try {
            envelope = WireJson.fromJson(response.body(), RpcReply.class);
        } catch (RuntimeException notAnEnvelope) {
            envelope = null;
        }
        if (envelope == null || envelope.payloadtype == null) {
            // Liberty's own page: the application is not (yet) there, e.g. while the replica starts.
            tally.failure("HTTP " + response.statusCode() + " without an envelope");
            return null;
        }
        if (response.statusCode() == 503) {
            tally.failure("503");
            return null;
        }
        if (response.statusCode() >= 500) {
            tally.serverErrors.add(target.name() + " " + message.msgtype + " " + response.statusCode() + " "
                    + Envelopes.payloadJson(envelope));
            tally.failure("HTTP " + response.statusCode());
            return null;
        }
        return new Reply(response.statusCode(), envelope);
    }

    private ChaosServers.Server pick() {
        ChaosServers.Server away = ChaosServers.other(home);
        long now = System.nanoTime();
        synchronized (downUntil) {
            if (now - downUntil[index(home)] >= 0) {
                return home;
            }
            return now - downUntil[index(away)] >= 0 ? away : home;
        }
    }

    private void markDown(ChaosServers.Server s) {
        synchronized (downUntil) {
            downUntil[index(s)] = System.nanoTime() + COOL_DOWN_NANOS;
        }
    }

    private static int index(ChaosServers.Server s) {
        return s == ChaosServers.A ? 0 : 1;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
