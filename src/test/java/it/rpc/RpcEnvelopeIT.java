package it.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Colony;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.ColonyMessages.AddColony;
import io.colonies.model.rpc.ColonyMessages.DeleteColony;
import io.colonies.model.rpc.ColonyMessages.GetColonies;
import io.colonies.model.rpc.ColonyMessages.RenameColony;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.RpcRequest;
import io.colonies.model.rpc.ServerMessages.Version;
import io.colonies.model.security.PrivateKey;
import it.support.Arquillian;
import it.support.Keys;
import it.support.Reply;
import it.support.Rpc;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The envelope rules of PROTOCOL §1.5 against a real Liberty with the built EAR and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class RpcEnvelopeIT {
    private final Rpc rpc = Rpc.replicaA();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void versionNeedsNoSignature() {
        Reply reply = rpc.sendEnvelope(Envelopes.signed(new Version(), null));
        assertTrue(reply.ok(), reply::toString);
        assertFalse(reply.as(Version.class).buildversion.isEmpty());
    }

    @Test
    void theVectorEnvelopeOfTheServerOwnerAddsAColony() {
        String vectorEnvelope = "{\"signature\":\"33fbd6a31f0e7b068eb0e405304e53ea710a463bc16e9be72abb12084c0b2a2d457a"
                + "160343ebb8a484bacb916d6d1c2d8b71775db6676639ba7abec77f31124700\",\"payloadtype\":\"addcolonymsg\","
                + "\"payload\":\"eyJjb2xvbnkiOnsiY29sb255aWQiOiI0Nzg3YTUwNzE4NTZhNGFjZjcwMmIyZmZjZWE0MjJlMzIzN2E2Nzlj"
                + "NjgxMzE0MTEzZDg2MTM5NDYxMjkwY2Y0IiwibmFtZSI6InRlc3RfY29sb255In0sIm1zZ3R5cGUiOiJhZGRjb2xvbnltc2cifQ==\"}";
        Reply reply = rpc.raw(vectorEnvelope);
        assertTrue(reply.ok(), reply::toString);
        assertEquals("test_colony", reply.as(Colony.class).name);
        DeleteColony delete = new DeleteColony();
        delete.colonyid = "4787a5071856a4acf702b2ffcea422e3237a679c681314113d86139461290cf4";
        assertTrue(rpc.send(delete, Keys.SERVER).ok());
    }

    @Test
    void addListRenameDeleteAColony() {
        PrivateKey colonyKey = PrivateKey.generate();
        AddColony add = new AddColony();
        add.colony = new Colony(colonyKey.id(), "first name");
        assertTrue(rpc.send(add, Keys.SERVER).ok());

        RenameColony rename = new RenameColony();
        rename.colonyid = colonyKey.id();
        rename.name = "second name";
        assertTrue(rpc.send(rename, colonyKey).ok(), "the colony owner renames");
        assertEquals(403, rpc.send(rename, Keys.SERVER).status(), "the server owner has no rights inside a colony");

        List<Colony> colonies = Arrays.asList(rpc.send(new GetColonies(), Keys.SERVER).as(Colony[].class));
        assertTrue(colonies.stream().anyMatch(c -> c.colonyid.equals(colonyKey.id()) && c.name.equals("second name")),
                "getcoloniesmsg lists the added colony under its new name");

        DeleteColony delete = new DeleteColony();
        delete.colonyid = colonyKey.id();
        assertTrue(rpc.send(delete, Keys.SERVER).ok());
        Colony[] left = rpc.send(new GetColonies(), Keys.SERVER).as(Colony[].class);
        List<Colony> after = left == null ? List.of() : Arrays.asList(left); // /api answers null for no colonies
        assertFalse(after.stream().anyMatch(c -> c.colonyid.equals(colonyKey.id())));
    }

    @Test
    void anotherKeyCannotAddAColony() {
        AddColony add = new AddColony();
        add.colony = new Colony(PrivateKey.generate().id(), "intruder");
        Reply reply = rpc.send(add, PrivateKey.generate());
        assertEquals(403, reply.status());
        assertEquals("RecoveredID does not match Server Id", reply.failure().message);
    }

    @Test
    void aTamperedPayloadIsRefused() {
        AddColony add = new AddColony();
        add.colony = new Colony(PrivateKey.generate().id(), "honest");
        RpcRequest envelope = Envelopes.signed(add, Keys.SERVER);
        AddColony changed = new AddColony();
        changed.colony = new Colony(add.colony.colonyid, "tampered");
        envelope.payload = WireJson.encodeBase64(WireJson.toJson(changed));
        assertEquals(403, rpc.sendEnvelope(envelope).status());
    }

    @Test
    void aMissingOrBrokenSignatureIsRefused() {
        RpcRequest envelope = Envelopes.signed(new GetColonies(), Keys.SERVER);
        envelope.signature = "";
        Reply empty = rpc.sendEnvelope(envelope);
        assertEquals(403, empty.status());
        assertEquals("Invalid signature length", empty.failure().message);
        envelope.signature = "zz";
        assertEquals(403, rpc.sendEnvelope(envelope).status());
    }

    @Test
    void malformedJsonIsABadRequest() {
        Reply reply = rpc.raw("{not json");
        assertEquals(400, reply.status());
        assertTrue(reply.envelope().error);
        assertEquals("error", reply.envelope().payloadtype);
    }

    @Test
    void anEnvelopeWithoutPayloadTypeIsABadRequest() {
        assertEquals(400, rpc.raw("{\"signature\":\"00\",\"payload\":\"e30=\"}").status());
        assertEquals(400, rpc.raw("[]").status());
        assertEquals(400, rpc.raw("").status());
    }

    @Test
    void aPayloadThatIsNotJsonIsABadRequest() {
        RpcRequest envelope = new RpcRequest();
        envelope.payloadtype = "getcoloniesmsg";
        envelope.payload = WireJson.encodeBase64("{\"msgtype\": ");
        envelope.signature = io.colonies.model.security.Signer.sign(envelope.payload, Keys.SERVER);
        Reply reply = rpc.sendEnvelope(envelope);
        assertEquals(400, reply.status());
        assertTrue(reply.failure().message.contains("invalid JSON"), reply::toString);
    }

    @Test
    void aMsgtypeMismatchIsABadRequest() {
        RpcRequest envelope = Envelopes.signed(new GetColonies(), Keys.SERVER);
        envelope.payloadtype = "getstatisticsmsg";
        envelope.signature = io.colonies.model.security.Signer.sign(envelope.payload, Keys.SERVER);
        Reply reply = rpc.sendEnvelope(envelope);
        assertEquals(400, reply.status());
        assertTrue(reply.failure().message.contains("msg.MsgType does not match payloadType"), reply::toString);
    }

    @Test
    void anUnknownPayloadTypeIsForbidden() {
        RpcRequest envelope = Envelopes.signed(new GetColonies(), Keys.SERVER);
        envelope.payloadtype = "nosuchmsg";
        Reply reply = rpc.sendEnvelope(envelope);
        assertEquals(403, reply.status());
        assertEquals("invalid rpcMsg.PayloadType, nosuchmsg", reply.failure().message);
    }

    @Test
    void healthAndOpenApiAnswer() {
        assertEquals(200, rpc.get("/health").statusCode());
        var openapi = rpc.get("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("RpcEnvelope"), "the RPC envelope schema is documented");
        assertEquals(200, rpc.get("/openapi/ui/").statusCode());
    }
}
