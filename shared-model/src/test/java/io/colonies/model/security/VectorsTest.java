package io.colonies.model.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks every cryptographic entry of the shared interop vectors (PROTOCOL.md section 10). */
class VectorsTest {

    private static JsonObject vectors;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = VectorsTest.class.getResourceAsStream("/vectors.json")) {
            if (in == null) {
                throw new IllegalStateException("vectors.json not on the test classpath");
            }
            try (JsonReader reader = Json.createReader(in)) {
                vectors = reader.readObject();
            }
        }
    }

    private static List<JsonObject> objects(String arrayName) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue value : vectors.getJsonArray(arrayName)) {
            out.add(value.asJsonObject());
        }
        assertFalse(out.isEmpty(), arrayName + " is empty");
        return out;
    }

    @TestFactory
    Stream<DynamicTest> identities() {
        return objects("identities").stream().map(v -> dynamicTest(v.getString("id"), () -> {
            PrivateKey key = PrivateKey.fromHex(v.getString("prvkey"));
            assertEquals(v.getString("prvkey"), key.hex());
            assertEquals(v.getString("pubkey_uncompressed_hex"), key.publicKeyHex());
            assertEquals(v.getString("id"), key.id());
            assertEquals(v.getString("id"), Identity.ofPublicKeyHex(v.getString("pubkey_uncompressed_hex")));
        }));
    }

    @Test
    void knownVectorFromPaper() {
        JsonObject v = vectors.getJsonObject("known_vector_from_paper");
        PrivateKey key = PrivateKey.fromHex(v.getString("prvkey"));
        assertEquals(v.getString("pubkey_uncompressed_hex"), key.publicKeyHex());
        assertEquals(v.getString("id"), key.id());
        assertEquals(v.getString("id"), Identity.ofPublicKeyHex(v.getString("pubkey_uncompressed_hex")));

        // Negative check: hashing the 65 raw bytes instead of their hex text gives the wrong id.
        String wrong = v.getString("wrong_id_if_raw_65_bytes_are_hashed");
        byte[] raw = Hex.decodeChecked(v.getString("pubkey_uncompressed_hex"));
        assertEquals(wrong, Hex.encode(Hashes.sha3(raw)));
        assertNotEquals(wrong, key.id());
    }

    @TestFactory
    Stream<DynamicTest> sha3() {
        return objects("sha3_256").stream().map(v -> dynamicTest("\"" + v.getString("input_utf8") + "\"", () ->
                assertEquals(v.getString("hex"), Hashes.sha3Hex(v.getString("input_utf8")))));
    }

    /** Bouncy Castle, then libsecp256k1: both must reproduce every vector and every error text. */
    private static final boolean[] BOTH_PATHS = {false, true};

    @Test
    void nativeLibraryLoadsOnLinuxX64() {
        boolean linuxX64 = System.getProperty("os.name").equals("Linux")
                && System.getProperty("os.arch").matches("amd64|x86_64");
        assertEquals(linuxX64, NativeSecp256k1.available(), "the JNI library ships for linux-x86_64");
    }

    @TestFactory
    Stream<DynamicTest> signatures() {
        return objects("signatures").stream().map(v -> dynamicTest(v.getString("name"), () -> {
            PrivateKey key = PrivateKey.fromHex(v.getString("prvkey"));
            String text = v.getString("signed_text");
            assertEquals(v.getString("id"), key.id());
            assertEquals(v.getString("sha3_256_of_signed_text"), Hashes.sha3Hex(text));
            assertEquals(v.getString("signature"), Signer.sign(text, key));
            for (boolean nativePath : BOTH_PATHS) {
                assertEquals(v.getString("recovered_id"),
                        SignatureVerifier.recoverId(text, v.getString("signature"), nativePath), "native " + nativePath);
            }
            if (v.containsKey("payload_json")) {
                String base64 = Base64.getEncoder().encodeToString(
                        v.getString("payload_json").getBytes(StandardCharsets.UTF_8));
                assertEquals(text, base64);
            }
            if (v.containsKey("rpc_msg")) {
                try (JsonReader reader = Json.createReader(new StringReader(v.getString("rpc_msg")))) {
                    JsonObject envelope = reader.readObject();
                    assertEquals(v.getString("recovered_id"), SignatureVerifier.recoverId(
                            envelope.getString("payload"), envelope.getString("signature")));
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> signatureAcceptanceCases() {
        return objects("signature_acceptance_cases").stream().map(v -> dynamicTest(v.getString("case"), () -> {
            String text = v.getString("signed_text");
            String signature = v.getString("signature");
            String error = v.getString("error");
            for (boolean nativePath : BOTH_PATHS) {
                if (error.isEmpty()) {
                    assertEquals(v.getString("recovered_id"), SignatureVerifier.recoverId(text, signature, nativePath));
                } else {
                    assertEquals("", v.getString("recovered_id"));
                    InvalidSignatureException e = assertThrows(InvalidSignatureException.class,
                            () -> SignatureVerifier.recoverId(text, signature, nativePath));
                    assertEquals(error, e.getMessage(), "native " + nativePath);
                }
            }
        }));
    }

    @Test
    void randomIdDerivation() {
        JsonObject v = vectors.getJsonObject("random_id_derivation");
        assertEquals(v.getString("id"), Hashes.sha3Hex(v.getString("uuid_string")));
    }

    @Test
    void attributeId() {
        JsonObject v = vectors.getJsonObject("attribute_id");
        String concatenated = v.getString("targetid") + v.getString("key") + v.getInt("attributetype");
        assertEquals(v.getString("hashed_text"), concatenated);
        assertEquals(v.getString("attributeid"), Hashes.sha3Hex(concatenated));
    }
}
