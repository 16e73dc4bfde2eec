package io.colonies.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import io.colonies.model.security.PrivateKey;
import io.colonies.model.security.RestSignature;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST client against a stub HTTP server: what it signs, how it maps replies, how events arrive. */
class RestClientTest {
    private static final PrivateKey KEY =
            PrivateKey.fromHex("ba949fa134981372d6da62b6a56f336ab4d843b22c02a4257dcf7d0d73097514");
    private static final String COLONY = KEY.id();
    private static final String PID = "a".repeat(64);

    private HttpServer server;
    private final List<String> signers = new CopyOnWriteArrayList<>();
    private final List<String> targets = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private RestColoniesClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
        client = ColoniesClient.rest(new ClientConfig("127.0.0.1", server.getAddress().getPort(), false));
        handle("/v1/whoami", x -> reply(x, 200, "application/json",
                "{\"id\":\"" + COLONY + "\",\"colonies\":[{\"colonyid\":\"" + COLONY + "\",\"role\":\"owner\"}]}"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void requestsAreSignedOverTheirMethodTargetAndBody() {
        handle("/v1/colonies/" + COLONY + "/processes/" + PID, x -> reply(x, 200, "application/json",
                "{\"processid\":\"" + PID + "\",\"state\":1}"));
        Process p = client.process(PID, KEY);
        assertEquals(PID, p.processid);
        assertEquals(1, p.state);
        // whoami, then the process: both recover the key's identity from the canonical request
        assertEquals(List.of(COLONY, COLONY), signers);
    }

    @Test
    void problemJsonBecomesAProblemExceptionWithItsFields() {
        handle("/v1/colonies/" + COLONY + "/processes/" + PID, x -> reply(x, 404, "application/problem+json",
                "{\"type\":\"https://colonies.io/problems/process/not-found\",\"title\":\"Not Found\",\"status\":404,"
                        + "\"detail\":\"Process not found\",\"instance\":\"urn:uuid:1\"}"));
        ProblemException e = assertThrows(ProblemException.class, () -> client.process(PID, KEY));
        assertEquals(404, e.status());
        assertTrue(e.isNotFound());
        assertEquals("Process not found", e.getMessage());
        assertEquals("https://colonies.io/problems/process/not-found", e.type());
        assertEquals("urn:uuid:1", e.instance());
    }

    @Test
    void anAssignThatFoundNothingIsEmptyAnd503IsRetried() {
        AtomicInteger calls = new AtomicInteger();
        handle("/v1/colonies/" + COLONY + "/assignments", x -> {
            if (calls.incrementAndGet() == 1) {
                x.getResponseHeaders().add("Retry-After", "0");
                reply(x, 503, "application/problem+json", "{\"status\":503,\"detail\":\"Database unavailable\"}");
            } else {
                x.sendResponseHeaders(204, -1);
                x.close();
            }
        });
        Optional<Process> none = client.assign(COLONY, 0, KEY);
        assertTrue(none.isEmpty());
        assertEquals(2, calls.get());
    }

    @Test
    void aBatchAssignAsksForMaxAndReadsTheArrayOrNothing() {
        AtomicInteger calls = new AtomicInteger();
        handle("/v1/colonies/" + COLONY + "/assignments", x -> {
            if (calls.incrementAndGet() == 1) {
                reply(x, 200, "application/json", "[{\"processid\":\"" + PID + "\",\"state\":1},"
                        + "{\"processid\":\"" + "b".repeat(64) + "\",\"state\":1}]");
            } else {
                x.sendResponseHeaders(204, -1);
                x.close();
            }
        });
        List<Process> two = client.assignBatch(COLONY, 5, 16, KEY);
        assertEquals(List.of(PID, "b".repeat(64)), two.stream().map(p -> p.processid).toList());
        assertEquals("POST /v1/colonies/" + COLONY + "/assignments?timeout=5&max=16", targets.get(0));
        assertTrue(client.assignBatch(COLONY, 0, 16, KEY).isEmpty(), "204 is an empty batch");
    }

    @Test
    void aBatchCloseSendsEveryClosureAndReportsEachResult() {
        handle("/v1/colonies/" + COLONY + "/processes/closures", x -> reply(x, 200, "application/json",
                "[{\"processid\":\"" + PID + "\",\"status\":200},{\"processid\":\"" + "b".repeat(64)
                        + "\",\"status\":409,\"problem\":{\"type\":\"https://colonies.io/problems/process/conflict\","
                        + "\"status\":409,\"detail\":\"Tried to set failed process as failed\"}}]"));
        List<CloseResult> results = client.closeBatch(COLONY, List.of(Closure.success(PID, List.of("x")),
                Closure.failure("b".repeat(64), List.of("boom"))), KEY);
        assertTrue(results.get(0).closed());
        assertEquals(null, results.get(0).refusal());
        assertEquals(409, results.get(1).status);
        ProblemException refused = results.get(1).refusal();
        assertEquals(409, refused.status());
        assertEquals("Tried to set failed process as failed", refused.getMessage());
        String sent = bodies.get(bodies.size() - 1);
        assertTrue(sent.startsWith("[{") && sent.contains("\"successful\":true") && sent.contains("\"out\":[\"x\"]")
                && sent.contains("\"successful\":false") && sent.contains("\"errors\":[\"boom\"]"), sent);
    }

    @Test
    void eventsArriveAndWaitForStateReturnsTheProcessInThatState() {
        handle("/v1/colonies/" + COLONY + "/processes/" + PID, x -> reply(x, 200, "application/json",
                "{\"processid\":\"" + PID + "\",\"state\":0}"));
        handle("/v1/colonies/" + COLONY + "/events", x -> {
            x.getResponseHeaders().add("Content-Type", "text/event-stream");
            x.sendResponseHeaders(200, 0);
            OutputStream out = x.getResponseBody();
            out.write((": subscribed\n\nevent: success\nid: " + PID + "\ndata: {\"processid\":\"" + PID
                    + "\",\"state\":2}\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            // the stream stays open, as the server's does, until the client goes away
        });
        Optional<Process> done = client.events().waitForState(client, COLONY, PID, 2, Duration.ofSeconds(10), KEY);
        assertEquals(2, done.orElseThrow().state);
    }

    @Test
    void anAttributeSubscriptionAsksForAttributesAndReportsEachChangeInOrder() throws Exception {
        handle("/v1/colonies/" + COLONY + "/events", x -> {
            x.getResponseHeaders().add("Content-Type", "text/event-stream");
            x.sendResponseHeaders(200, 0);
            OutputStream out = x.getResponseBody();
            out.write((": subscribed\n\n: keep-alive\n\n"
                    + "event: attribute-added\nid: a1\ndata: {\"change\":\"added\",\"attribute\":{\"attributeid\":\"a1\","
                    + "\"targetid\":\"" + PID + "\",\"key\":\"progress\",\"value\":\"50%\"}}\n\n"
                    + "event: attribute-removed\nid: a1\ndata: {\"change\":\"removed\",\"attribute\":{\"attributeid\":\"a1\"}}\n\n"
                    + "event: success\nid: " + PID + "\ndata: {\"processid\":\"" + PID + "\",\"state\":2}\n\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
        });
        List<String> calls = new CopyOnWriteArrayList<>();
        CountDownLatch ended = new CountDownLatch(1);
        ProcessEvents.AttributeListener listener = new ProcessEvents.AttributeListener() {
            @Override
            public void onSubscribed(boolean reconnected) {
                calls.add("subscribed " + reconnected);
            }

            @Override
            public void onAdded(Attribute attribute) {
                calls.add("added " + attribute.key + "=" + attribute.value);
            }

            @Override
            public void onRemoved(String attributeId) {
                calls.add("removed " + attributeId);
            }

            @Override
            public void onProcess(Process process) {
                calls.add("process " + process.state);
                ended.countDown();
            }
        };
        try (ProcessEvents.Subscription ignored = client.events().subscribeAttributes(COLONY, PID,
                Duration.ofSeconds(10), KEY, listener)) {
            assertTrue(ended.await(10, TimeUnit.SECONDS), calls.toString());
        }
        assertEquals(List.of("subscribed false", "added progress=50%", "removed a1", "process 2"), calls);
        assertTrue(targets.contains("GET /v1/colonies/" + COLONY + "/events?processId=" + PID + "&attributes=true"),
                targets.toString());
    }

    @Test
    void aRefusedStreamEndsTheWaitWithTheProblem() {
        handle("/v1/colonies/" + COLONY + "/events", x -> reply(x, 403, "application/problem+json",
                "{\"status\":403,\"detail\":\"Access denied\"}"));
        ProblemException e = assertThrows(ProblemException.class, () ->
                client.events().waitForState(client, COLONY, PID, 2, Duration.ofSeconds(10), KEY));
        assertEquals(403, e.status());
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void handle(String path, Handler handler) {
        server.createContext(path, x -> {
            String target = x.getRequestURI().getRawPath()
                    + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
            byte[] body = x.getRequestBody().readAllBytes();
            String canonical = RestSignature.canonicalRequest(x.getRequestMethod(), target,
                    x.getRequestHeaders().getFirst(RestSignature.TIMESTAMP_HEADER),
                    x.getRequestHeaders().getFirst(RestSignature.NONCE_HEADER), body);
            signers.add(RestSignature.recoverId(canonical, x.getRequestHeaders().getFirst(RestSignature.SIGNATURE_HEADER)));
            targets.add(x.getRequestMethod() + " " + target);
            bodies.add(new String(body, StandardCharsets.UTF_8));
            handler.handle(x);
        });
    }

    private static void reply(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
