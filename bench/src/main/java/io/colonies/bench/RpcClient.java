package io.colonies.bench;

import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.Message;
import io.colonies.model.rpc.RpcReply;
import io.colonies.model.rpc.RpcRequest;
import io.colonies.model.security.PrivateKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Sends signed requests to {@code POST /api} exactly as SDK clients do (PROTOCOL §1.2, §2.5). One
 * shared {@link HttpClient} keeps a pool of keep-alive connections, one per concurrently busy thread;
 * {@link RestSender} sends the REST requests of the batch scenario through the same pool and counter.
 */
final class RpcClient {
    /** A connection the server closed between two requests fails the next send; try again a few times. */
    private static final int ATTEMPTS = 3;

    private final HttpClient http;
    private final URI base;
    private final URI api;
    private final AtomicLong ioRetries = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    RpcClient(String baseUrl) {
        URI base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        requireLoopback(base.getHost());
        this.base = base;
        this.api = base.resolve("api");
        // HTTP/1.1 explicitly: the default would try an h2c upgrade on plain http, which is not
        // what the SDK clients do and would measure a different server path. The direct executor
        // runs the client's completion steps on its selector thread instead of handing each one to
        // a pool thread; on a 2-core machine shared with the server that halved the harness's own
        // CPU per request (measured 1.3 → 0.7 ms). Safe here because every body handler is
        // non-blocking (ofString) and callers use the synchronous send().
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Runnable::run)
                .build();
    }

    /** The harness is a load generator: it refuses to point that load anywhere but this machine. */
    static void requireLoopback(String host) {
        try {
            if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
                throw new Options.UsageException("only loopback targets are allowed, got host '" + host + "'");
            }
        } catch (UnknownHostException e) {
            throw new Options.UsageException("unknown host '" + host + "'");
        }
    }

    /** Signs and sends; {@code timeout} bounds the whole exchange (long-polls need more than the poll). */
    RpcResponse send(Message message, PrivateKey key, Duration timeout) {
        RpcRequest envelope = Envelopes.signed(message, key);
        HttpRequest request = HttpRequest.newBuilder(api)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(envelopeJson(envelope)))
                .build();
        Exchange exchange = exchange(message.msgtype, () -> request);
        return decode(exchange.response(), exchange.sentNanos(), exchange.receivedNanos());
    }

    /** One HTTP exchange and the two clock readings around it (after any signing). */
    record Exchange(HttpResponse<String> response, long sentNanos, long receivedNanos) {
    }

    /**
     * Sends on the shared connection pool and counts the request once. {@code request} is asked for a
     * new request on every attempt, so that a REST request can be signed again with a fresh nonce.
     */
    Exchange exchange(String what, Supplier<HttpRequest> request) {
        requests.incrementAndGet();
        IOException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            HttpRequest next = request.get();
            long sent = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(next, HttpResponse.BodyHandlers.ofString());
                return new Exchange(response, sent, System.nanoTime());
            } catch (IOException e) {
                last = e;
                ioRetries.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
        throw new UncheckedIOException("sending " + what + " failed " + ATTEMPTS + " times", last);
    }

    /** The server's base URL with a trailing slash; RPC is {@code api} under it, REST {@code v1/…}. */
    URI base() {
        return base;
    }

    RpcResponse send(Message message, PrivateKey key) {
        return send(message, key, Duration.ofSeconds(30));
    }

    /** Requests sent so far (each counted once, retries not included). */
    long requests() {
        return requests.get();
    }

    /** Connection-level retries so far (a retried submit may have been stored twice). */
    long ioRetries() {
        return ioRetries.get();
    }

    /**
     * The envelope's three values are a type name, hex and base64, none of which can need JSON
     * escaping; writing them directly keeps client CPU (which shares the machine with the server)
     * out of the measurement.
     */
    static String envelopeJson(RpcRequest envelope) {
        return "{\"signature\":\"" + envelope.signature + "\",\"payloadtype\":\"" + envelope.payloadtype
                + "\",\"payload\":\"" + envelope.payload + "\"}";
    }

    private static RpcResponse decode(HttpResponse<String> response, long sent, long received) {
        String body = response.body();
        if (body == null || body.isBlank() || body.charAt(0) != '{') {
            // Not an envelope (e.g. a container error page): keep the raw text for the report.
            return new RpcResponse(response.statusCode(), true, body == null ? "" : body, sent, received);
        }
        RpcReply reply = WireJson.fromJson(body, RpcReply.class);
        return new RpcResponse(response.statusCode(), reply.error, Envelopes.payloadJson(reply), sent, received);
    }
}
