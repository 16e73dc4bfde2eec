package io.colonies.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.ProcessMessages;
import io.colonies.model.rpc.RpcRequest;
import io.colonies.model.security.PrivateKey;
import io.colonies.model.security.SignatureVerifier;
import org.junit.jupiter.api.Test;

class EnvelopeSigningTest {

    @Test
    void theServerRecoversTheSignersIdFromAnEnvelope() {
        PrivateKey key = PrivateKey.generate();
        ProcessMessages.AssignProcess message = new ProcessMessages.AssignProcess();
        message.colonyid = PrivateKey.generate().id();
        message.timeout = 10;

        RpcRequest request = Envelopes.signed(message, key);

        assertEquals("assignprocessmsg", request.payloadtype);
        assertEquals(key.id(), SignatureVerifier.recoverId(request.payload, request.signature));
        assertTrue(WireJson.decodeBase64(request.payload).contains("\"msgtype\":\"assignprocessmsg\""));
    }

    @Test
    void theDocumentedExecutorKeyIsRecovered() {
        PrivateKey key = PrivateKey.fromHex("ddf7f7791208083b6a9ed975a72684f6406a269cfa36f1b1c32045c0a71fff05");
        RpcRequest request = Envelopes.signed(new ProcessMessages.GetProcess(), key);
        assertEquals("3fc05cf3df4b494e95d6a3d297a34f19938f7daa7422ab0d4f794454133341ac",
                SignatureVerifier.recoverId(request.payload, request.signature));
    }
}
