package io.colonies.model.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HashesAndIdentityTest {

    private static final String PUB = "046c9880d25fcada91665206a95e5188211ffdadda4a25c1deb3f2375f08535845"
            + "bb41ccd74cdad729940b29451adb58f30dc66e69dbed6b11d2c1c48b14624dd5";
    private static final String ID = "4787a5071856a4acf702b2ffcea422e3237a679c681314113d86139461290cf4";

    @Test
    void sha3IsFips202NotKeccak() {
        assertEquals("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a", Hashes.sha3Hex(""));
        // Keccak-256("") would be c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470.
        assertNotEquals("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", Hashes.sha3Hex(""));
        assertArrayEquals(Hashes.sha3("hello".getBytes(StandardCharsets.UTF_8)),
                Hex.decodeChecked(Hashes.sha3Hex("hello")));
    }

    @Test
    void sha3HexUsesUtf8() {
        String text = "h\u00e9llo \u4e16\u754c \ud83d\ude00";
        assertEquals(Hex.encode(Hashes.sha3(text.getBytes(StandardCharsets.UTF_8))), Hashes.sha3Hex(text));
    }

    @Test
    void randomIdsAreHex64AndUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String id = Hashes.randomId();
            assertTrue(id.matches("[0-9a-f]{64}"), id);
            assertTrue(seen.add(id));
        }
    }

    @Test
    void identityOfPublicKeyHexIsCaseInsensitive() {
        assertEquals(ID, Identity.ofPublicKeyHex(PUB));
        assertEquals(ID, Identity.ofPublicKeyHex(PUB.toUpperCase(Locale.ROOT)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"04", "zz"})
    void identityRejectsMalformedKeys(String text) {
        assertThrows(InvalidKeyException.class, () -> Identity.ofPublicKeyHex(text));
    }

    @Test
    void identityRejectsWrongPrefixAndLength() {
        assertThrows(InvalidKeyException.class, () -> Identity.ofPublicKeyHex("02" + PUB.substring(2)));
        assertThrows(InvalidKeyException.class, () -> Identity.ofPublicKeyHex(PUB.substring(0, 129)));
        assertThrows(InvalidKeyException.class, () -> Identity.ofPublicKeyHex(PUB + "0"));
        assertThrows(InvalidKeyException.class, () -> Identity.ofPublicKeyHex(PUB.substring(0, 129) + "g"));
    }
}
