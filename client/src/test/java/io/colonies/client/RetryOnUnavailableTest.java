package io.colonies.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.rpc.ServerMessages.Version;
import io.colonies.testing.FakeColoniesServer;
import io.colonies.testing.FakeColoniesServer.Answer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A 503 is a transient fault (issue 14, finding 6): the transport retries it, boundedly. */
class RetryOnUnavailableTest {

    @Test
    void aCallSucceedsWhenTheServerRecoversWithinTheRetries() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (FakeColoniesServer server = new FakeColoniesServer()) {
            server.on("versionmsg", c -> calls.incrementAndGet() < 3
                    ? Answer.error(503, "Database temporarily unavailable, retry shortly")
                    : Answer.ok("{\"buildversion\":\"x\",\"buildtime\":\"y\"}"));
            RpcTransport transport = new RpcTransport(new ClientConfig("127.0.0.1", server.port(), false));
            String json = transport.call(new Version(), null);
            assertTrue(json.contains("buildversion"), json);
            assertEquals(3, calls.get());
        }
    }

    @Test
    void aServerThatStaysUnavailableIsReportedAsUnreachableAfterBoundedAttempts() throws Exception {
        try (FakeColoniesServer server = new FakeColoniesServer()) {
            server.on("versionmsg", Answer.error(503, "Database temporarily unavailable, retry shortly"));
            RpcTransport transport = new RpcTransport(new ClientConfig("127.0.0.1", server.port(), false));
            ServerUnreachableException e = assertThrows(ServerUnavailableException.class,
                    () -> transport.call(new Version(), null));
            assertTrue(e.getMessage().contains("503"), e.getMessage());
            assertEquals(RpcTransport.MAX_ATTEMPTS_WHILE_UNAVAILABLE, server.calls().size());
        }
    }

    @Test
    void otherErrorsAreNotRetried() throws Exception {
        try (FakeColoniesServer server = new FakeColoniesServer()) {
            server.on("versionmsg", Answer.error(500, "boom"));
            RpcTransport transport = new RpcTransport(new ClientConfig("127.0.0.1", server.port(), false));
            assertThrows(ColoniesException.class, () -> transport.call(new Version(), null));
            assertEquals(1, server.calls().size());
        }
    }

    @Test
    void theWaitFollowsRetryAfterWithinABound() {
        assertEquals(Duration.ofSeconds(1), RpcTransport.retryWait("1", 1));
        assertEquals(RpcTransport.MAX_RETRY_WAIT, RpcTransport.retryWait("3600", 1));
        assertEquals(Duration.ofMillis(250), RpcTransport.retryWait(null, 1));
        assertEquals(Duration.ofMillis(1000), RpcTransport.retryWait("soon", 3));
    }
}
