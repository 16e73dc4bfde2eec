package it.compat;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.RpcReply;
import io.colonies.model.rpc.SubscribeMessages.SubscribeProcess;
import io.colonies.model.security.PrivateKey;
import it.compat.OneFrameClient.Ending;
import it.compat.OneFrameClient.Read;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Rpc;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Expired and refused subscriptions end like the reference's, by dropping the connection without
 * a close frame (issue 10, part 3), so a client that reads one frame (the Python SDK's wait()) sees
 * a connection error, not a clean empty read.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionEndingIT {
    private final Rpc[] replicas = {Rpc.replicaA(), Rpc.replicaB()};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void anEventStillArrivesAsOneTextFrame() throws Exception {
        TestColony colony = Fixtures.newColony(replicas[0]);
        TestExecutor member = colony.executor("ending");
        Process p = member.submit(aSpec());
        try (OneFrameClient client = OneFrameClient.connect(replicas[0].baseUrl())) {
            client.sendText(subscribe(member.key(), p, 0, 30));
            Read read = client.readOneFrame();
            assertEquals(Ending.TEXT, read.ending());
            RpcReply reply = WireJson.fromJson(read.text(), RpcReply.class);
            assertEquals(p.processid, WireJson.fromJson(Envelopes.payloadJson(reply), Process.class).processid);
        }
    }

    @Test
    void anExpiredSubscriptionLosesTheConnectionOnEveryReplica() throws Exception {
        TestColony colony = Fixtures.newColony(replicas[0]);
        TestExecutor member = colony.executor("ending");
        Process p = member.submit(aSpec()); // never finishes: the subscription to SUCCESS expires
        for (Rpc replica : replicas) {
            for (int timeout : new int[] {1, 0}) {
                try (OneFrameClient client = OneFrameClient.connect(replica.baseUrl())) {
                    long start = System.nanoTime();
                    client.sendText(subscribe(member.key(), p, 2, timeout));
                    Read read = client.readOneFrame();
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    assertEquals(Ending.CONNECTION_LOST, read.ending(), "timeout " + timeout + " on " + replica.baseUrl()
                            + ": " + read);
                    assertTrue(millis >= timeout * 1000L - 100, "held for the timeout, was " + millis + " ms");
                }
            }
        }
    }

    @Test
    void aRefusedSubscriptionLosesTheConnectionWithoutAFrame() throws Exception {
        TestColony colony = Fixtures.newColony(replicas[0]);
        TestExecutor member = colony.executor("ending");
        Process p = member.submit(aSpec());
        for (PrivateKey signer : new PrivateKey[] {PrivateKey.generate(), colony.key()}) {
            try (OneFrameClient client = OneFrameClient.connect(replicas[1].baseUrl())) {
                client.sendText(subscribe(signer, p, 2, 30));
                Read read = client.readOneFrame();
                assertEquals(Ending.CONNECTION_LOST, read.ending(), read::toString);
            }
        }
        try (OneFrameClient client = OneFrameClient.connect(replicas[0].baseUrl())) {
            client.sendText("{\"payloadtype\":\"subscribeprocessmsg\",\"payload\":\"bm90IGpzb24=\",\"signature\":\"00\"}");
            assertEquals(Ending.CONNECTION_LOST, client.readOneFrame().ending(), "a malformed frame too");
        }
    }

    private static String subscribe(PrivateKey key, Process p, int state, int timeout) {
        SubscribeProcess subscribe = new SubscribeProcess();
        subscribe.processid = p.processid;
        subscribe.executortype = p.spec.conditions.executortype;
        subscribe.state = state;
        subscribe.timeout = timeout;
        return WireJson.toJson(Envelopes.signed(subscribe, key));
    }
}
