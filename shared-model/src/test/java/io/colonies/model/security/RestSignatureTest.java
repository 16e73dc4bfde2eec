package io.colonies.model.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The worked vectors of docs/security.md; a client in another language must reproduce them byte for byte. */
class RestSignatureTest {
    private static final PrivateKey COLONY_KEY =
            PrivateKey.fromHex("ba949fa134981372d6da62b6a56f336ab4d843b22c02a4257dcf7d0d73097514");
    private static final String COLONY_ID = "4787a5071856a4acf702b2ffcea422e3237a679c681314113d86139461290cf4";
    private static final String PATH = "/v1/colonies/" + COLONY_ID + "/processes";
    private static final String BODY = "{\"funcname\":\"echo\",\"args\":[\"hello\"],\"conditions\":{\"executortype\":\"cli\"}}";

    @Test
    void submitVector() {
        String canonical = RestSignature.canonicalRequest("POST", PATH, "1767225600",
                "5d9f3b2a7c1e4f60a8b9c0d1e2f3a4b5", RestSignature.utf8(BODY));
        assertEquals("POST\n" + PATH + "\n1767225600\n5d9f3b2a7c1e4f60a8b9c0d1e2f3a4b5\n"
                + "f57813f4bd8c364026f8f005ad1076c5569992ef5200acf7ae2dfb9cd22e8088", canonical);
        assertEquals("e0d3c2f6f64b9fd36ccf0a94c9afe58eefba4a1102d82872881b5f7a7c701102", Hashes.sha3Hex(canonical));
        RestSignature.Headers headers = RestSignature.sign("POST", PATH, RestSignature.utf8(BODY), "1767225600",
                "5d9f3b2a7c1e4f60a8b9c0d1e2f3a4b5", COLONY_KEY);
        assertEquals("989da310b78d6ab9da3dd3618e6a42728e4ea86f31790193f17ee52f13e5bbe4"
                + "11e4eef172047d5ffb299d76f84e255e3e53f500549bd2d97af18bf0ee39ee1300", headers.signature());
        assertEquals(COLONY_ID, COLONY_KEY.id());
        assertEquals(COLONY_ID, RestSignature.recoverId(canonical, headers.signature()));
    }

    @Test
    void getVectorHashesTheEmptyBodyAndKeepsTheRawQuery() {
        String canonical = RestSignature.canonicalRequest("GET", PATH + "?state=waiting&limit=10", "1767225600",
                "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e", null);
        assertTrue(canonical.endsWith("\na7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"));
        RestSignature.Headers headers = RestSignature.sign("GET", PATH + "?state=waiting&limit=10", new byte[0],
                "1767225600", "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e", COLONY_KEY);
        assertEquals("b85b8cb5efdb00faa20db6b669f70ec45f217f776216dfd103d8156ed49763a1"
                + "3cb72d7780880cabf3f9c85638154d5526999473c73ac3c39026fa3090e2a5da00", headers.signature());
        assertEquals(COLONY_ID, RestSignature.recoverId(canonical, headers.signature()));
    }

    @Test
    void anyChangedPartRecoversAnotherIdentity() {
        RestSignature.Headers headers = RestSignature.sign("POST", PATH, RestSignature.utf8(BODY), 1767225600L,
                COLONY_KEY);
        String[] tampered = {
            RestSignature.canonicalRequest("PUT", PATH, headers.timestamp(), headers.nonce(), RestSignature.utf8(BODY)),
            RestSignature.canonicalRequest("POST", PATH + "?x=1", headers.timestamp(), headers.nonce(),
                    RestSignature.utf8(BODY)),
            RestSignature.canonicalRequest("POST", PATH, "1767225601", headers.nonce(), RestSignature.utf8(BODY)),
            RestSignature.canonicalRequest("POST", PATH, headers.timestamp(), RestSignature.newNonce(),
                    RestSignature.utf8(BODY)),
            RestSignature.canonicalRequest("POST", PATH, headers.timestamp(), headers.nonce(),
                    RestSignature.utf8(BODY + " ")),
        };
        for (String text : tampered) {
            try {
                assertNotEquals(COLONY_ID, RestSignature.recoverId(text, headers.signature()), text);
            } catch (InvalidSignatureException acceptable) {
                // also a rejection
            }
        }
    }

    @Test
    void timestampsAndNoncesHaveOneSpelling() {
        assertEquals(1767225600L, RestSignature.parseTimestamp("1767225600"));
        assertEquals(-1, RestSignature.parseTimestamp("01767225600"));
        assertEquals(-1, RestSignature.parseTimestamp("+1767225600"));
        assertEquals(-1, RestSignature.parseTimestamp("2026-01-01T00:00:00Z"));
        assertEquals(-1, RestSignature.parseTimestamp(null));
        assertTrue(RestSignature.isValidNonce(RestSignature.newNonce()));
        assertTrue(RestSignature.isValidNonce("0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e"));
        assertFalse(RestSignature.isValidNonce("short"));
        assertFalse(RestSignature.isValidNonce("rpc:0b1c2d3e4f5a6b7c8d9e0f1a2b3c"));
        assertNotEquals(RestSignature.newNonce(), RestSignature.newNonce());
    }
}
