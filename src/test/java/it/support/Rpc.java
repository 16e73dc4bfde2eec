package it.support;

import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.Message;
import io.colonies.model.rpc.RpcReply;
import io.colonies.model.rpc.RpcRequest;
import io.colonies.model.security.PrivateKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends signed envelopes to one replica, as any Colonies client does. */
public final class Rpc {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;

    public Rpc(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static Rpc replicaA() {
        return new Rpc(System.getProperty("colonies.replicaA.url", "http://127.0.0.1:50181"));
    }

    public static Rpc replicaB() {
        return new Rpc(System.getProperty("colonies.replicaB.url", "http://127.0.0.1:50182"));
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Reply send(Message message, PrivateKey key) {
        return sendEnvelope(Envelopes.signed(message, key));
    }

    public Reply sendEnvelope(RpcRequest envelope) {
        return raw(WireJson.toJson(envelope));
    }

    public Reply raw(String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api"))
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), WireJson.fromJson(response.body(), RpcReply.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A plain GET, for test support and health endpoints. */
    public HttpResponse<String> get(String path) {
        return call(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    public HttpResponse<String> post(String path) {
        return call(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private static HttpResponse<String> call(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
