package it.workflow;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.ProcessMessages.AddAttribute;
import io.colonies.model.rpc.ProcessMessages.CancelProcess;
import io.colonies.model.rpc.ProcessMessages.RemoveAttribute;
import io.colonies.model.rpc.RpcReply;
import io.colonies.model.rpc.SubscribeMessages.SubscribeAttributes;
import io.colonies.model.rpc.SubscribeMessages.SubscribeProcess;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Reply;
import it.support.RestClient;
import it.support.RestResponse;
import it.support.Rpc;
import it.support.SseStream;
import it.support.TestClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subscribers on replica A see what happens on replica B: a cancel (/pubsub subscribeprocessmsg and
 * the SSE stream), and each attribute added or removed (subscribeattributesmsg and the SSE stream with
 * attributes=true).
 */
@ExtendWith(ArquillianExtension.class)
class CancelAndAttributeEventsIT {
    private final Rpc a = Rpc.replicaA();
    private final Rpc b = Rpc.replicaB();
    private TestColony colony;
    private TestExecutor member;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void colony() {
        TestClock.alignBoth();
        colony = Fixtures.newColony(a);
        member = colony.executor("events-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void aProcessSubscriberWaitingForSuccessHearsOfTheCancel() throws Exception {
        Process p = member.submit(aSpec());
        try (SubscriptionIT.Frames frames = SubscriptionIT.Frames.open(a)) {
            SubscribeProcess subscribe = new SubscribeProcess();
            subscribe.processid = p.processid;
            subscribe.executortype = member.type();
            subscribe.state = ProcessState.SUCCESS;
            subscribe.timeout = 60;
            frames.send(WireJson.toJson(Envelopes.signed(subscribe, member.key())));
            Thread.sleep(300); // the subscribe frames carry no acknowledgement
            assertTrue(cancelOnB(p.processid).ok());
            Process event = frames.nextProcess();
            assertEquals(p.processid, event.processid);
            assertEquals(ProcessState.CANCELLED, event.state);
        }
    }

    @Test
    void anSseStreamOfOneProcessHearsOfTheCancel() throws Exception {
        Process p = member.submit(aSpec());
        try (SseStream sse = sse("/events?processId=" + p.processid + "&state=success")) {
            assertTrue(cancelOnB(p.processid).ok());
            String[] event = sse.nextEvent();
            assertEquals("cancelled", event[0]);
            assertTrue(event[1].contains(p.processid), event[1]);
        }
    }

    @Test
    void anAttributeSubscriberSeesEachAttributeAddedOnTheOtherReplica() throws Exception {
        Process p = member.submit(aSpec());
        member.on(b).assign(-1);
        try (SubscriptionIT.Frames frames = SubscriptionIT.Frames.open(a)) {
            SubscribeAttributes subscribe = new SubscribeAttributes();
            subscribe.processid = p.processid;
            subscribe.timeout = 60;
            frames.send(WireJson.toJson(Envelopes.signed(subscribe, member.key())));
            Thread.sleep(300);
            assertTrue(addAttributeOnB(p.processid, "progress", "10%").ok());
            assertTrue(addAttributeOnB(p.processid, "progress2", "20%").ok());
            for (String expected : new String[] {"10%", "20%"}) {
                RpcReply reply = frames.next();
                assertEquals("subscribeattributesmsg", reply.payloadtype);
                JsonObject event = json(Envelopes.payloadJson(reply));
                assertEquals("added", event.getString("change"));
                assertEquals(expected, event.getJsonObject("attribute").getString("value"));
                assertEquals(p.processid, event.getJsonObject("attribute").getString("targetid"));
            }
        }
    }

    @Test
    void anSseStreamWithAttributesSeesAnAttributeAddedOnTheOtherReplica() throws Exception {
        Process p = member.submit(aSpec());
        member.on(b).assign(-1);
        try (SseStream sse = sse("/events?processId=" + p.processid + "&attributes=true")) {
            assertTrue(addAttributeOnB(p.processid, "progress", "42%").ok());
            String[] event = sse.nextAttributeEvent();
            assertEquals("attribute-added", event[0]);
            JsonObject data = json(event[1]);
            assertEquals("added", data.getString("change"));
            assertEquals("42%", data.getJsonObject("attribute").getString("value"));
        }
    }

    @Test
    void anAttributeSubscriberHearsOfARemovalOnTheOtherReplica() throws Exception {
        Process p = member.submit(aSpec());
        member.on(b).assign(-1);
        Attribute doomed = addAttributeOnB(p.processid, "scratch", "to-be-removed").as(Attribute.class);
        try (SubscriptionIT.Frames frames = SubscriptionIT.Frames.open(a)) {
            SubscribeAttributes subscribe = new SubscribeAttributes();
            subscribe.processid = p.processid;
            subscribe.timeout = 60;
            frames.send(WireJson.toJson(Envelopes.signed(subscribe, member.key())));
            Thread.sleep(300);
            assertTrue(removeAttributeOnB(doomed.attributeid).ok());
            RpcReply reply = frames.next();
            assertEquals("subscribeattributesmsg", reply.payloadtype);
            assertRemoved(json(Envelopes.payloadJson(reply)), doomed, p);
        }
    }

    @Test
    void anSseStreamWithAttributesHearsOfARemovalOnTheOtherReplica() throws Exception {
        Process p = member.submit(aSpec());
        member.on(b).assign(-1);
        Attribute doomed = addAttributeOnB(p.processid, "scratch", "to-be-removed").as(Attribute.class);
        try (SseStream sse = sse("/events?processId=" + p.processid + "&attributes=true")) {
            assertTrue(removeAttributeOnB(doomed.attributeid).ok());
            String[] event = sse.nextAttributeEvent();
            assertEquals("attribute-removed", event[0]);
            assertRemoved(json(event[1]), doomed, p);
        }
    }

    /** A removal event names the attribute and its process, and no longer carries its value. */
    private void assertRemoved(JsonObject event, Attribute doomed, Process p) {
        assertEquals("removed", event.getString("change"), event.toString());
        JsonObject attribute = event.getJsonObject("attribute");
        assertEquals(doomed.attributeid, attribute.getString("attributeid"));
        assertEquals(p.processid, attribute.getString("targetid"));
        assertEquals(colony.id(), attribute.getString("targetcolonyid"));
        assertNotEquals("to-be-removed", attribute.getString("value", ""), "the removed value is gone");
    }

    @Test
    void attributesOnTheStreamNeedAProcess() {
        RestResponse refused = RestClient.replicaA().send("GET", "/v1/colonies/" + colony.id()
                + "/events?attributes=true", null, member.key(), "Accept", "text/event-stream");
        assertEquals(400, refused.status(), refused.toString());
        RestResponse bad = RestClient.replicaA().send("GET", "/v1/colonies/" + colony.id()
                + "/events?processId=" + "0".repeat(64) + "&attributes=maybe", null, member.key(), "Accept",
                "text/event-stream");
        assertEquals(400, bad.status(), bad.toString());
    }

    private Reply cancelOnB(String processId) {
        CancelProcess cancel = new CancelProcess();
        cancel.processid = processId;
        return b.send(cancel, member.key());
    }

    private Reply addAttributeOnB(String processId, String key, String value) {
        AddAttribute add = new AddAttribute();
        add.attribute = new Attribute();
        add.attribute.targetid = processId;
        add.attribute.targetcolonyid = colony.id();
        add.attribute.attributetype = Attribute.OUT;
        add.attribute.key = key;
        add.attribute.value = value;
        return b.send(add, member.key());
    }

    private Reply removeAttributeOnB(String attributeId) {
        RemoveAttribute remove = new RemoveAttribute();
        remove.attributeid = attributeId;
        return b.send(remove, member.key());
    }

    private SseStream sse(String query) throws InterruptedException {
        return SseStream.open(RestClient.replicaA(), "/v1/colonies/" + colony.id() + query, member.key());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
