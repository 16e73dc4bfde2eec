package io.colonies.client;

import io.colonies.model.core.Failure;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.Message;
import io.colonies.model.rpc.RpcReply;
import io.colonies.model.security.PrivateKey;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Sends one signed envelope to {@code POST /api} and returns the decoded reply JSON. Success is
 * decided by the reply's {@code error} flag, never by the HTTP status (PROTOCOL §1.3).
 */
public class RpcTransport {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Attempts of one call while the server answers 503; the waits between them follow Retry-After. */
    static final int MAX_ATTEMPTS_WHILE_UNAVAILABLE = 4;
    /** Upper bound of one wait, whatever Retry-After says. */
    static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(5);

    private final ClientConfig config;
    private final HttpClient http;

    public RpcTransport(ClientConfig config) {
        this.config = config;
        // HTTP/1.1 on purpose: the default h2c upgrade attempt adds a round trip and some servers
        // mishandle an upgrade on a POST with a body.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(TlsTrust.context(config))
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
    }

    public ClientConfig config() {
        return config;
    }

    /** Calls with the default request timeout. */
    public String call(Message message, PrivateKey key) {
        return call(message, key, DEFAULT_REQUEST_TIMEOUT);
    }

    /**
     * Signs and sends {@code message}; {@code key} may be null only for {@code versionmsg}.
     *
     * @return the reply payload as JSON text ({@code {}} or {@code null} for empty results)
     * @throws ColoniesException for an error reply
     * @throws ServerUnreachableException when no reply arrived
     * @throws RequestInterruptedException when the calling thread was interrupted
     */
    public String call(Message message, PrivateKey key, Duration timeout) {
        String body = WireJson.toJson(Envelopes.signed(message, key));
        HttpRequest request = HttpRequest.newBuilder(config.apiUri())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        // A 503 means the server rolled the call back on a transient fault: sending it again is safe.
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = send(request);
            if (response.statusCode() != 503) {
                return payloadOf(response.statusCode(), response.body());
            }
            if (attempt >= MAX_ATTEMPTS_WHILE_UNAVAILABLE) {
                throw new ServerUnavailableException(config.baseUrl(), messageOf(response.body()));
            }
            waitBeforeRetry(retryWait(response.headers().firstValue("Retry-After").orElse(null), attempt));
        }
    }

    /** Retry-After in seconds when given, else 250 ms doubling; never more than {@link #MAX_RETRY_WAIT}. */
    static Duration retryWait(String retryAfter, int attempt) {
        Duration wait = Duration.ofMillis(250L << Math.min(attempt - 1, 4));
        if (retryAfter != null && retryAfter.strip().matches("\\d{1,6}")) {
            wait = Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
        }
        return wait.compareTo(MAX_RETRY_WAIT) > 0 ? MAX_RETRY_WAIT : wait;
    }

    private static void waitBeforeRetry(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestInterruptedException(e);
        }
    }

    private static String messageOf(String body) {
        try {
            payloadOf(503, body);
            return "no message";
        } catch (ColoniesException e) {
            return e.getMessage();
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestInterruptedException(e);
        } catch (IOException | UnresolvedAddressException e) {
            throw new ServerUnreachableException(config.baseUrl(), reasonOf(e), e);
        }
    }

    static String payloadOf(int httpStatus, String body) {
        if (body == null || body.isBlank()) {
            throw new ColoniesException(httpStatus, "The server answered HTTP " + httpStatus + " with an empty body");
        }
        RpcReply reply = parseReply(httpStatus, body);
        String json = Envelopes.payloadJson(reply);
        if (reply.error) {
            Failure failure = json == null ? null : parseFailure(json);
            int status = failure == null || failure.status == 0 ? httpStatus : failure.status;
            String text = failure == null ? "The server reported an error without a message" : failure.message;
            throw new ColoniesException(status, text);
        }
        if (json == null) {
            throw new ColoniesException(httpStatus, "The server's reply payload is not valid base64");
        }
        return json;
    }

    private static RpcReply parseReply(int httpStatus, String body) {
        try {
            return WireJson.fromJson(firstObject(body), RpcReply.class);
        } catch (JsonbException e) {
            String shown = body.length() > 200 ? body.substring(0, 200) + "..." : body;
            throw new ColoniesException(httpStatus, "Unexpected reply from the server (HTTP " + httpStatus + "): "
                    + shown.strip());
        }
    }

    /**
     * The reference server may write two error envelopes back to back (PROTOCOL §9 Q3); the first one
     * is the meaningful one. Envelope values are base64 and booleans, so "}{" only occurs between them.
     */
    static String firstObject(String body) {
        int cut = body.indexOf("}{");
        return cut < 0 ? body : body.substring(0, cut + 1);
    }

    private static Failure parseFailure(String json) {
        try {
            return WireJson.fromJson(json, Failure.class);
        } catch (JsonbException e) {
            return null;
        }
    }

    /** A short human reason; the JDK often leaves the message of a refused connection empty. */
    static String reasonOf(Throwable e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "connection timed out after " + CONNECT_TIMEOUT.toSeconds() + " s";
        }
        if (e instanceof HttpTimeoutException) {
            return "no reply before the request timed out";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException) {
                return "unknown host";
            }
            if (t instanceof SSLHandshakeException) {
                return "TLS handshake failed (" + t.getMessage() + "); for a self-signed certificate or a private"
                        + " CA, set COLONIES_TLS_CA to its PEM file";
            }
            if (t instanceof SSLException) {
                return "TLS failed (" + t.getMessage() + "); is the server serving HTTPS (COLONIES_TLS)?";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
        }
        return e.getClass().getSimpleName();
    }
}
