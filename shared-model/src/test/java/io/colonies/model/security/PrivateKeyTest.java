package io.colonies.model.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PrivateKeyTest {

    private static final String COLONY_KEY = "ba949fa134981372d6da62b6a56f336ab4d843b22c02a4257dcf7d0d73097514";
    private static final String N_HEX = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        // 63 characters
        "ba949fa134981372d6da62b6a56f336ab4d843b22c02a4257dcf7d0d7309751",
        // 65 characters
        "ba949fa134981372d6da62b6a56f336ab4d843b22c02a4257dcf7d0d730975140",
        // non-hex character
        "ba949fa134981372d6da62b6a56f336ab4d843b22c02a4257dcf7d0d7309751g",
        // 0x prefix is not part of the encoding
        "0xa949fa134981372d6da62b6a56f336ab4d843b22c02a4257dcf7d0d73097514",
        // whitespace
        " a949fa134981372d6da62b6a56f336ab4d843b22c02a4257dcf7d0d73097514",
        // non-ASCII digits (Arabic-Indic) that Character.digit would accept
        "\u0661a949fa134981372d6da62b6a56f336ab4d843b22c02a4257dcf7d0d730975",
        // zero
        "0000000000000000000000000000000000000000000000000000000000000000",
        // n
        N_HEX,
        // n + 1
        "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364142",
        // 2^256 - 1
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
    })
    void fromHexRejectsBadInput(String hex) {
        InvalidKeyException e = assertThrows(InvalidKeyException.class, () -> PrivateKey.fromHex(hex));
        assertTrue(e.getMessage().startsWith("Invalid private key"), e.getMessage());
        if (hex != null && hex.length() > 8) {
            assertFalse(e.getMessage().contains(hex.substring(0, 8)), "message must not echo key material");
        }
    }

    @Test
    void fromHexAcceptsBoundsAndUppercase() {
        PrivateKey one = PrivateKey.fromHex("0000000000000000000000000000000000000000000000000000000000000001");
        assertEquals("0000000000000000000000000000000000000000000000000000000000000001", one.hex());
        String nMinusOne = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140";
        assertEquals(nMinusOne, PrivateKey.fromHex(nMinusOne.toUpperCase(Locale.ROOT)).hex());

        PrivateKey upper = PrivateKey.fromHex(COLONY_KEY.toUpperCase(Locale.ROOT));
        assertEquals(COLONY_KEY, upper.hex());
        assertEquals(PrivateKey.fromHex(COLONY_KEY), upper);
        assertEquals(PrivateKey.fromHex(COLONY_KEY).hashCode(), upper.hashCode());
    }

    @Test
    void nMinusOneHasTheNegatedGeneratorAsPublicKey() {
        PrivateKey one = PrivateKey.fromHex("0000000000000000000000000000000000000000000000000000000000000001");
        PrivateKey minusOne = PrivateKey.fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140");
        assertEquals(one.publicKeyHex().substring(0, 66), minusOne.publicKeyHex().substring(0, 66));
        assertNotEquals(one.publicKeyHex(), minusOne.publicKeyHex());
    }

    @Test
    void generateProducesDistinctValidKeys() {
        Set<String> seen = new HashSet<>();
        BigInteger n = new BigInteger(N_HEX, 16);
        for (int i = 0; i < 50; i++) {
            PrivateKey key = PrivateKey.generate();
            String hex = key.hex();
            assertTrue(hex.matches("[0-9a-f]{64}"), hex);
            BigInteger d = new BigInteger(hex, 16);
            assertTrue(d.signum() > 0 && d.compareTo(n) < 0);
            assertTrue(key.publicKeyHex().matches("04[0-9a-f]{128}"));
            assertTrue(key.id().matches("[0-9a-f]{64}"));
            assertEquals(key, PrivateKey.fromHex(hex));
            assertEquals(key.id(), Identity.ofPublicKeyHex(key.publicKeyHex()));
            assertTrue(seen.add(hex));
        }
    }

    @Test
    void toStringDoesNotRevealTheKey() {
        PrivateKey key = PrivateKey.fromHex(COLONY_KEY);
        String text = key.toString();
        assertFalse(text.contains(COLONY_KEY));
        assertFalse(text.contains(COLONY_KEY.substring(0, 16)));
        assertTrue(text.contains(key.id()));
    }

    @Test
    void equalityIsByValue() {
        PrivateKey a = PrivateKey.fromHex(COLONY_KEY);
        PrivateKey b = PrivateKey.generate();
        assertEquals(a, PrivateKey.fromHex(COLONY_KEY));
        assertNotEquals(a, b);
        assertNotEquals(a, null);
        assertNotEquals(a, COLONY_KEY);
    }
}
