package io.colonies.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.RpcReply;
import io.colonies.model.rpc.RpcRequest;
import io.colonies.model.security.SignatureVerifier;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * A scripted stand-in for {@code POST /api} on 127.0.0.1: answers per payload type with canned
 * replies and records every request with its decoded payload and the recovered signer id. It knows
 * nothing of Colonies semantics; tests script exactly the replies they need.
 */
public final class FakeColoniesServer implements AutoCloseable {
    /** One received request. */
    public record Call(String payloadtype, String json, String signerId) {
    }

    /** A canned answer: a success payload, or an error with status and message. */
    public record Answer(String json, int status, String message, long delayMillis) {
        public static Answer ok(String json) {
            return new Answer(json, 200, null, 0);
        }

        public static Answer error(int status, String message) {
            return new Answer(null, status, message, 0);
        }

        public Answer after(long millis) {
            return new Answer(json, status, message, millis);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Call, Answer>> script = new ConcurrentHashMap<>();

    public FakeColoniesServer() throws IOException {
        this(null);
    }

    /** Over HTTPS with {@code tls}'s key, or plain HTTP when it is null. */
    public FakeColoniesServer(SSLContext tls) throws IOException {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls == null) {
            server = HttpServer.create(loopback, 0);
        } else {
            HttpsServer https = HttpsServer.create(loopback, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public FakeColoniesServer on(String payloadtype, Function<Call, Answer> answer) {
        script.put(payloadtype, answer);
        return this;
    }

    public FakeColoniesServer on(String payloadtype, Answer answer) {
        return on(payloadtype, call -> answer);
    }

    /** Serves {@code path} (e.g. the REST event stream under /v1) with {@code handler}, beside the scripted /api. */
    public FakeColoniesServer route(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    public List<Call> calls() {
        return calls;
    }

    public List<Call> calls(String payloadtype) {
        return calls.stream().filter(c -> c.payloadtype().equals(payloadtype)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        RpcRequest request = WireJson.fromJson(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), RpcRequest.class);
        String signer = request.signature.isEmpty() ? "" : SignatureVerifier.recoverId(request.payload, request.signature);
        Call call = new Call(request.payloadtype, WireJson.decodeBase64(request.payload), signer);
        calls.add(call);
        Answer answer = script.getOrDefault(request.payloadtype,
                c -> Answer.error(403, "invalid rpcMsg.PayloadType, " + c.payloadtype())).apply(call);
        sleep(answer.delayMillis());
        RpcReply reply = answer.message() == null
                ? Envelopes.success(request.payloadtype, answer.json())
                : Envelopes.failure(answer.status(), answer.message());
        byte[] body = WireJson.toJson(reply).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // The client gave up (e.g. an interrupted long-poll); nothing to do.
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
