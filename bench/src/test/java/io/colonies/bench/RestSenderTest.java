package io.colonies.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import io.colonies.model.security.PrivateKey;
import io.colonies.model.security.RestSignature;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the server verifies (docs/security.md): the signature over method, target, time, nonce and body. */
class RestSenderTest {
    private record Received(String method, String target, Headers headers, byte[] body) {
    }

    private final List<Received> received = new ArrayList<>();
    private HttpServer server;
    private RpcClient rpc;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            synchronized (received) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                        exchange.getRequestHeaders(), body));
            }
            byte[] reply = "[{\"processid\":\"p1\",\"status\":200}]".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
        rpc = new RpcClient("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aBodylessPostIsSignedOverItsPathAndQueryAsSent() {
        PrivateKey key = PrivateKey.generate();
        String target = "/v1/colonies/c0ffee/assignments?timeout=0&max=64";
        RestResponse reply = new RestSender(rpc).send("POST", target, null, key, Duration.ofSeconds(5));

        assertEquals(200, reply.status());
        assertEquals("[{\"processid\":\"p1\",\"status\":200}]", reply.body());
        Received request = received.get(0);
        assertEquals("POST", request.method());
        assertEquals(target, request.target());
        assertEquals(key.id(), signer(request));
        assertEquals(1, rpc.requests(), "REST requests count with the RPC ones, for the CPU per request");
    }

    @Test
    void aJsonBodyIsHashedIntoTheSignatureAndEveryRequestHasItsOwnNonce() {
        PrivateKey key = PrivateKey.generate();
        String body = BenchExecutor.closuresJson(List.of("a1", "b2"));
        RestSender sender = new RestSender(rpc);
        sender.send("POST", "/v1/colonies/c0ffee/processes/closures", body, key, Duration.ofSeconds(5));
        sender.send("POST", "/v1/colonies/c0ffee/processes/closures", body, key, Duration.ofSeconds(5));

        Received first = received.get(0);
        assertEquals(body, new String(first.body(), StandardCharsets.UTF_8));
        assertEquals("application/json", first.headers().getFirst("Content-Type"));
        assertEquals(key.id(), signer(first));
        assertNotEquals(first.headers().getFirst(RestSignature.NONCE_HEADER),
                received.get(1).headers().getFirst(RestSignature.NONCE_HEADER));
        assertEquals(2, rpc.requests());
    }

    /** The identity the server would recover from the request as it arrived. */
    private static String signer(Received request) {
        Headers h = request.headers();
        String canonical = RestSignature.canonicalRequest(request.method(), request.target(),
                h.getFirst(RestSignature.TIMESTAMP_HEADER), h.getFirst(RestSignature.NONCE_HEADER), request.body());
        return RestSignature.recoverId(canonical, h.getFirst(RestSignature.SIGNATURE_HEADER));
    }
}
