package it.compat;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.ProcessMessages.AddAttribute;
import io.colonies.model.rpc.RpcReply;
import io.colonies.model.rpc.SubscribeMessages.SubscribeAttributes;
import io.colonies.model.security.PrivateKey;
import it.compat.OneFrameClient.Ending;
import it.compat.OneFrameClient.Read;
import it.support.Arquillian;
import it.support.Fixtures.TestExecutor;
import it.support.RestClient;
import it.support.Roles;
import it.support.Roles.Role;
import it.support.Rpc;
import it.support.SseStream;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * subscribeattributesmsg per role: as for the process subscriptions, only an approved executor of the
 * process's colony gets frames; everyone else loses the connection without one. A zero timeout and an
 * unknown process are refused the same way. The REST stream ({@code …/events?processId=&attributes=true})
 * has the same roles: every other caller gets 403, an unknown process 404.
 */
@ExtendWith(ArquillianExtension.class)
class AttributeSubscriptionRolesIT {
    private final Rpc a = Rpc.replicaA();
    private final RestClient rest = RestClient.replicaA();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void onlyAnApprovedMemberOfTheColonyGetsFrames() throws Exception {
        Roles roles = new Roles(a, "attr-roles-" + UUID.randomUUID().toString().substring(0, 8));
        TestExecutor member = roles.member();
        Process p = member.submit(aSpec());
        member.assign(-1);
        int n = 0;
        for (Role role : Role.values()) {
            try (OneFrameClient client = OneFrameClient.connect(a.baseUrl())) {
                client.sendText(subscribe(roles.key(role), p.processid, 10));
                Thread.sleep(300); // no acknowledgement frame
                assertTrue(add(member, roles, p.processid, "k" + n++).ok());
                Read read = client.readOneFrame();
                if (role == Role.MEMBER) {
                    assertEquals(Ending.TEXT, read.ending(), read::toString);
                    RpcReply reply = WireJson.fromJson(read.text(), RpcReply.class);
                    assertEquals("subscribeattributesmsg", reply.payloadtype);
                    assertTrue(Envelopes.payloadJson(reply).contains("\"added\""), read::toString);
                } else {
                    assertEquals(Ending.CONNECTION_LOST, read.ending(), role + ": " + read);
                }
            }
        }
        for (String[] bad : new String[][] {{p.processid, "0"}, {"0".repeat(64), "10"}}) {
            try (OneFrameClient client = OneFrameClient.connect(a.baseUrl())) {
                client.sendText(subscribe(member.key(), bad[0], Integer.parseInt(bad[1])));
                assertEquals(Ending.CONNECTION_LOST, client.readOneFrame().ending(), String.join(",", bad));
            }
        }
    }

    @Test
    void overRestOnlyAnApprovedMemberMayStreamTheAttributes() throws Exception {
        Roles roles = new Roles(a, "attr-roles-" + UUID.randomUUID().toString().substring(0, 8));
        TestExecutor member = roles.member();
        Process p = member.submit(aSpec());
        member.assign(-1);
        String events = "/v1/colonies/" + roles.colony().id() + "/events?attributes=true&processId=";
        for (Role role : Role.values()) {
            if (role != Role.MEMBER) {
                assertEquals(403, refusal(events + p.processid, roles.key(role)), role.toString());
            }
        }
        assertEquals(404, refusal(events + "0".repeat(64), member.key()), "an unknown process");
        try (SseStream sse = SseStream.open(rest, events + p.processid, member.key())) {
            assertTrue(add(member, roles, p.processid, "over-rest").ok());
            String[] event = sse.nextAttributeEvent();
            assertEquals("attribute-added", event[0]);
            assertTrue(event[1].contains("\"over-rest\""), event[1]);
        }
    }

    /** The status of a stream request that must be refused; the body is read only then, as it ends. */
    private int refusal(String path, PrivateKey key) {
        HttpResponse<Stream<String>> response = rest.stream(path, key);
        try (Stream<String> body = response.body()) {
            assertNotEquals(200, response.statusCode(), path + " must not stream");
            return response.statusCode();
        }
    }

    private static String subscribe(PrivateKey key, String processId, int timeout) {
        SubscribeAttributes subscribe = new SubscribeAttributes();
        subscribe.processid = processId;
        subscribe.timeout = timeout;
        return WireJson.toJson(Envelopes.signed(subscribe, key));
    }

    private it.support.Reply add(TestExecutor member, Roles roles, String processId, String key) {
        AddAttribute add = new AddAttribute();
        add.attribute = new Attribute();
        add.attribute.targetid = processId;
        add.attribute.targetcolonyid = roles.colony().id();
        add.attribute.attributetype = Attribute.OUT;
        add.attribute.key = key;
        add.attribute.value = "v";
        return a.send(add, member.key());
    }
}
