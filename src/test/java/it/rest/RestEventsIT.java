package it.rest;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import io.colonies.model.security.PrivateKey;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.RestClient;
import it.support.RestResponse;
import it.support.Rpc;
import it.support.TestClock;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SSE stream on replica A reports a process that changed on replica B, and only to members. */
@ExtendWith(ArquillianExtension.class)
class RestEventsIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void alignClocks() {
        // Both replicas must agree on the time the requests are signed with.
        TestClock.alignBoth();
    }

    @Test
    void anEventFromReplicaBReachesAStreamOnReplicaA() throws Exception {
        String type = "rest-sse-" + UUID.randomUUID().toString().substring(0, 8);
        TestColony colony = Fixtures.newColony(Rpc.replicaA());
        TestExecutor member = colony.executor(type);
        String path = "/v1/colonies/" + colony.id();

        HttpResponse<Stream<String>> stream = RestClient.replicaA().stream(path + "/events?state=success",
                member.key());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            Iterator<String> it = stream.body().iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (!line.isEmpty()) {
                    lines.add(line); // blank lines only separate events
                }
            }
        });
        reader.setDaemon(true);
        reader.start();
        String first = lines.poll(30, TimeUnit.SECONDS);
        assertTrue(first != null && first.startsWith(":") && first.contains("subscribed"),
                "the subscription is confirmed by a comment: " + first);

        RestClient b = RestClient.replicaB();
        Process p = b.post(path + "/processes", aSpec().ofType(type).build(), member.key()).as(Process.class);
        assertEquals(200, b.post(path + "/assignments?timeout=5", null, member.key()).status());
        assertEquals(204, b.post(path + "/processes/" + p.processid + "/success", null, member.key()).status());

        String event = null;
        String data = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (data == null && System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line != null && line.startsWith("data:")) {
                data = line.substring(5).trim();
            }
        }
        assertEquals("success", event, "only the requested state is streamed");
        assertTrue(data != null && data.contains(p.processid), "the event carries the process: " + data);
        stream.body().close();
    }

    @Test
    void onlyApprovedMembersMayListen() {
        TestColony colony = Fixtures.newColony(Rpc.replicaA());
        TestColony other = Fixtures.newColony(Rpc.replicaA());
        TestExecutor stranger = other.executor("rest-sse");
        String path = "/v1/colonies/" + colony.id() + "/events";
        for (PrivateKey key : new PrivateKey[] {stranger.key(), other.key(), colony.key()}) {
            RestResponse refused = RestClient.replicaA().send("GET", path, null, key, "Accept", "text/event-stream");
            assertEquals(403, refused.status(), refused.toString());
        }
    }
}
