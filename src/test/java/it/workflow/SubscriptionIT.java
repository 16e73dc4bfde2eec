package it.workflow;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.RpcReply;
import io.colonies.model.rpc.SubscribeMessages.SubscribeProcess;
import io.colonies.model.rpc.SubscribeMessages.SubscribeProcesses;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Rpc;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /pubsub} subscriptions (PROTOCOL §7), fed by changes made on the other replica. */
@ExtendWith(ArquillianExtension.class)
class SubscriptionIT {
    private final Rpc a = Rpc.replicaA();
    private final Rpc b = Rpc.replicaB();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void subscriberOnOneReplicaSeesWaitingRunningAndSuccessFromTheOther() throws Exception {
        TestColony colony = Fixtures.newColony(a);
        TestExecutor listener = colony.executor("watched");
        TestExecutor worker = colony.executor("watched").on(b);
        try (Frames frames = Frames.open(a)) {
            for (int state = 0; state <= 2; state++) {
                SubscribeProcesses subscribe = new SubscribeProcesses();
                subscribe.executortype = "watched";
                subscribe.state = state;
                subscribe.timeout = 60;
                frames.send(WireJson.toJson(Envelopes.signed(subscribe, listener.key())));
            }
            Thread.sleep(300); // the subscribe frames carry no acknowledgement
            Process p = worker.submit(aSpec());
            worker.assign(-1);
            assertTrue(worker.close(p.processid, "done").ok());
            List<Integer> states = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Process event = frames.nextProcess();
                assertEquals(p.processid, event.processid);
                states.add(event.state);
            }
            assertEquals(List.of(0, 1, 2), states);
        }
    }

    @Test
    void subscribingToOneProcessAlreadyInTheStateSendsItAtOnce() throws Exception {
        TestColony colony = Fixtures.newColony(a);
        TestExecutor member = colony.executor("single");
        Process p = member.submit(aSpec());
        try (Frames frames = Frames.open(a)) {
            SubscribeProcess subscribe = new SubscribeProcess();
            subscribe.processid = p.processid;
            subscribe.executortype = "single";
            subscribe.state = 0;
            subscribe.timeout = 30;
            frames.send(WireJson.toJson(Envelopes.signed(subscribe, member.key())));
            assertEquals(p.processid, frames.nextProcess().processid);
        }
    }

    // Refused and expired subscriptions: see it.compat.SubscriptionEndingIT (the connection is dropped, no frame).

    /** A WebSocket client collecting text frames. */
    static final class Frames implements WebSocket.Listener, AutoCloseable {
        private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Frames open(Rpc rpc) {
            Frames frames = new Frames();
            frames.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(rpc.baseUrl().replace("http", "ws") + "/pubsub"), frames).join();
            return frames;
        }

        void send(String text) {
            socket.sendText(text, true).join();
        }

        RpcReply next() throws InterruptedException {
            String frame = received.poll(20, TimeUnit.SECONDS);
            if (frame == null) {
                throw new AssertionError("no frame within 20 s");
            }
            return WireJson.fromJson(frame, RpcReply.class);
        }

        Process nextProcess() throws InterruptedException {
            RpcReply reply = next();
            assertEquals("subscribeprocessmsg", reply.payloadtype, () -> Envelopes.payloadJson(reply));
            return WireJson.fromJson(Envelopes.payloadJson(reply), Process.class);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
            socket.abort();
        }
    }
}
