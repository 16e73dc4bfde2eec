package it.hardening.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends generated requests over one pooled HTTP/1.1 client. A reply that takes longer than the
 * timeout counts as a server that stopped answering.
 */
public final class Sender {
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** What came back. */
    public record Answer(int status, HttpHeaders headers, String body) {
        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final String baseUrl;

    public Sender(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Answer send(FuzzRequest request) throws IOException, InterruptedException {
        return send(request, http);
    }

    /**
     * The request again over a connection of its own, for a request whose pooled connection was closed
     * under it before any answer (FuzzIT; finding 16 of docs/reliability.md).
     */
    public Answer sendOnANewConnection(FuzzRequest request) throws IOException, InterruptedException {
        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        return send(request, fresh);
    }

    private Answer send(FuzzRequest request, HttpClient client) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.pathWithQuery())).timeout(TIMEOUT)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (String[] header : request.headers()) {
            builder.header(header[0], header[1]);
        }
        HttpRequest built = builder.build();
        if (request.reading() == RestTemplates.Reading.STREAM) {
            HttpResponse<InputStream> response = await(client.sendAsync(built, HttpResponse.BodyHandlers.ofInputStream()));
            try (InputStream in = response.body()) {
                // an event stream never ends: its status and headers are the answer
                boolean stream = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
                String body = stream ? "" : new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), response.headers(), body);
            }
        }
        HttpResponse<byte[]> response = await(client.sendAsync(built, HttpResponse.BodyHandlers.ofByteArray()));
        return new Answer(response.statusCode(), response.headers(), new String(response.body(), StandardCharsets.UTF_8));
    }

    /** The whole exchange, body included, within the timeout (the client's own timeout stops at the headers). */
    private static <T> HttpResponse<T> await(CompletableFuture<HttpResponse<T>> pending)
            throws IOException, InterruptedException {
        try {
            return pending.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    /** GET /health within the timeout, or the reason it was not answered. */
    public String healthProblem() {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health"))
                    .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 ? null : "/health answered " + health.statusCode() + " " + health.body();
        } catch (IOException e) {
            return "/health not answered: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
