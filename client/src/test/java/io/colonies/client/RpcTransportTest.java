package io.colonies.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RpcTransportTest {

    @Test
    void anErrorReplyCarriesStatusAndMessage() {
        String body = WireJson.toJson(Envelopes.failure(403, "RecoveredID does not match Server Id"));
        ColoniesException e = assertThrows(ColoniesException.class, () -> RpcTransport.payloadOf(403, body));
        assertEquals(403, e.status());
        assertEquals("RecoveredID does not match Server Id", e.getMessage());
    }

    @Test
    void theFirstOfTwoConcatenatedErrorEnvelopesWins() {
        String body = WireJson.toJson(Envelopes.failure(400, "Tried to set failed process as completed"))
                + WireJson.toJson(Envelopes.failure(500, "second"));
        ColoniesException e = assertThrows(ColoniesException.class, () -> RpcTransport.payloadOf(400, body));
        assertEquals(400, e.status());
        assertEquals("Tried to set failed process as completed", e.getMessage());
    }

    @Test
    void aSuccessReplyYieldsThePayloadJson() {
        String body = WireJson.toJson(Envelopes.success("getcoloniesmsg", "null"));
        assertEquals("null", RpcTransport.payloadOf(200, body));
    }

    @Test
    void anEmptyBodyIsAnErrorWithTheHttpStatus() {
        ColoniesException e = assertThrows(ColoniesException.class, () -> RpcTransport.payloadOf(500, ""));
        assertEquals(500, e.status());
    }

    @Test
    void configComesFromTheEnvironmentWithDefaults() {
        assertEquals("http://localhost:50080", ClientConfig.fromEnv(Map.of()).baseUrl());
        assertEquals("https://example.org:8443", ClientConfig.fromEnv(Map.of("COLONIES_SERVER_HOST", "example.org",
                "COLONIES_SERVER_PORT", "8443", "COLONIES_TLS", "true")).baseUrl());
        assertThrows(IllegalArgumentException.class,
                () -> ClientConfig.fromEnv(Map.of("COLONIES_SERVER_PORT", "x")));
    }
}
