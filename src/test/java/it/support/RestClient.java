package it.support;

import io.colonies.model.json.WireJson;
import io.colonies.model.security.PrivateKey;
import io.colonies.model.security.RestSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A REST client that signs as docs/security.md says. Its clock is the replica's (system time plus
 * the test clock offset), so requests stay fresh after other tests moved the server clock.
 */
public final class RestClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final Rpc replica;

    public RestClient(Rpc replica) {
        this.replica = replica;
        this.baseUrl = replica.baseUrl();
    }

    public static RestClient replicaA() {
        return new RestClient(Rpc.replicaA());
    }

    public static RestClient replicaB() {
        return new RestClient(Rpc.replicaB());
    }

    public RestResponse get(String path, PrivateKey key) {
        return send("GET", path, null, key);
    }

    public RestResponse delete(String path, PrivateKey key) {
        return send("DELETE", path, null, key);
    }

    public RestResponse post(String path, Object body, PrivateKey key) {
        return send("POST", path, body == null ? null : json(body), key);
    }

    public RestResponse patch(String path, Object body, PrivateKey key) {
        return send("PATCH", path, json(body), key);
    }

    /** Signs and sends; {@code body} is sent byte for byte as given. */
    public RestResponse send(String method, String path, String body, PrivateKey key, String... extraHeaders) {
        return sendSigned(method, path, body, sign(method, path, body, key), extraHeaders);
    }

    /** The signature headers for a request, signed now with a fresh nonce. */
    public RestSignature.Headers sign(String method, String path, String body, PrivateKey key) {
        return RestSignature.sign(method, path, RestSignature.utf8(body), serverNowSeconds(), key);
    }

    /** Sends with the given signature headers, e.g. to replay a request. */
    public RestResponse sendSigned(String method, String path, String body, RestSignature.Headers signature,
                                   String... extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(120))
                .header(RestSignature.SIGNATURE_HEADER, signature.signature())
                .header(RestSignature.TIMESTAMP_HEADER, signature.timestamp())
                .header(RestSignature.NONCE_HEADER, signature.nonce())
                .header("Accept", "application/json");
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            request.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return call(request.build());
    }

    /** An unsigned request with arbitrary headers. */
    public RestResponse unsigned(String method, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        headers.forEach(request::header);
        return call(request.method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Opens an SSE stream; the lines arrive as the server sends them. */
    public HttpResponse<Stream<String>> stream(String path, PrivateKey key) {
        RestSignature.Headers signature = sign("GET", path, null, key);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header(RestSignature.SIGNATURE_HEADER, signature.signature())
                .header(RestSignature.TIMESTAMP_HEADER, signature.timestamp())
                .header(RestSignature.NONCE_HEADER, signature.nonce())
                .header("Accept", "text/event-stream").GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The replica's notion of now: the test clock may have been moved by earlier tests. */
    public long serverNowSeconds() {
        Map<?, ?> state = WireJson.fromJson(replica.get("/testsupport/state").body(), Map.class);
        long offset = ((Number) state.get("clockOffsetSeconds")).longValue();
        return System.currentTimeMillis() / 1000 + offset;
    }

    public static String json(Object body) {
        return body instanceof String text ? text : WireJson.toJson(body);
    }

    private static RestResponse call(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new RestResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
