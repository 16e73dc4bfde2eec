package io.colonies.client;

import io.colonies.model.json.WireJson;
import io.colonies.model.security.PrivateKey;
import io.colonies.model.security.RestSignature;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Sends signed REST requests to {@code /v1} (docs/security.md): every attempt gets a fresh timestamp
 * and nonce. Error statuses become {@link ProblemException}; 503 is retried like RPC
 * ({@link RpcTransport#retryWait}), which is safe because the server rolled the request back.
 */
public class RestTransport {
    private final ClientConfig config;
    private final Clock clock;
    private final HttpClient http;

    public RestTransport(ClientConfig config) {
        this(config, Clock.systemUTC());
    }

    /** {@code clock} gives the request timestamps; it must be within the server's skew (default 5 min). */
    public RestTransport(ClientConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(TlsTrust.context(config))
                .connectTimeout(RpcTransport.CONNECT_TIMEOUT)
                .build();
    }

    public ClientConfig config() {
        return config;
    }

    /** A successful reply: status (2xx) and body, empty for 204. */
    public record Reply(int status, String body) {
        public boolean hasBody() {
            return status != 204 && body != null && !body.isBlank();
        }
    }

    public Reply send(String method, String pathWithQuery, String jsonBody, PrivateKey key) {
        return send(method, pathWithQuery, jsonBody, key, RpcTransport.DEFAULT_REQUEST_TIMEOUT, Map.of());
    }

    /**
     * Signs with {@code key} (null: unsigned, only {@code GET /v1/version}) and sends.
     *
     * @throws ProblemException for a 4xx or 5xx reply
     * @throws ServerUnavailableException when 503 persisted through the retries
     * @throws ServerUnreachableException when no reply arrived
     */
    public Reply send(String method, String pathWithQuery, String jsonBody, PrivateKey key, Duration timeout,
                      Map<String, String> headers) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = send(request(method, pathWithQuery, jsonBody, key, timeout, headers));
            int status = response.statusCode();
            if (status == 503 && attempt < RpcTransport.MAX_ATTEMPTS_WHILE_UNAVAILABLE) {
                sleep(RpcTransport.retryWait(response.headers().firstValue("Retry-After").orElse(null), attempt));
                continue;
            }
            if (status == 503) {
                throw new ServerUnavailableException(config.baseUrl(), problemOf(status, response.body()).getMessage());
            }
            if (status >= 400) {
                throw problemOf(status, response.body());
            }
            return new Reply(status, response.body());
        }
    }

    /** A signed request; also used to open event streams. */
    HttpRequest request(String method, String pathWithQuery, String jsonBody, PrivateKey key, Duration timeout,
                        Map<String, String> headers) {
        byte[] body = jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.baseUrl() + pathWithQuery))
                .header("Accept", headers.getOrDefault("Accept", "application/json"));
        if (timeout != null) {
            request.timeout(timeout);
        }
        if (key != null) {
            RestSignature.Headers signature = RestSignature.sign(method, pathWithQuery, body,
                    clock.instant().getEpochSecond(), key);
            request.header(RestSignature.SIGNATURE_HEADER, signature.signature())
                    .header(RestSignature.TIMESTAMP_HEADER, signature.timestamp())
                    .header(RestSignature.NONCE_HEADER, signature.nonce());
        }
        headers.forEach((name, value) -> {
            if (!"Accept".equals(name)) {
                request.header(name, value);
            }
        });
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    HttpClient http() {
        return http;
    }

    /** problem+json when the server sent it; a plain text fallback for proxies and foreign servers. */
    static ProblemException problemOf(int status, String body) {
        if (body != null && body.strip().startsWith("{")) {
            try {
                Problem p = WireJson.fromJson(body, Problem.class);
                String detail = p.detail != null && !p.detail.isBlank() ? p.detail
                        : p.title != null ? p.title : "HTTP " + status;
                return new ProblemException(p.status > 0 ? p.status : status, detail, p.type, p.field, p.instance);
            } catch (JsonbException e) {
                // fall through to the raw text
            }
        }
        String shown = body == null || body.isBlank() ? "HTTP " + status
                : body.length() > 200 ? body.substring(0, 200) + "..." : body.strip();
        return new ProblemException(status, shown, "", "", "");
    }

    /** The fields of RFC 9457 the server sends (docs/rest.md). */
    public static class Problem {
        public String type;
        public String title;
        public int status;
        public String detail;
        public String instance;
        public String field;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestInterruptedException(e);
        } catch (IOException | UnresolvedAddressException e) {
            throw new ServerUnreachableException(config.baseUrl(), RpcTransport.reasonOf(e), e);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestInterruptedException(e);
        }
    }
}
