package io.colonies.model.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureVerifierTest {

    private static final BigInteger N = Secp256k1.N;
    private static final String COLONY_ID = "4787a5071856a4acf702b2ffcea422e3237a679c681314113d86139461290cf4";
    /** "hello" signed by the colony key (vectors.json). */
    private static final String R = "6007da6e46cf25b373cf3fbc263e5f5ccab0509bc3f165f8339ef44c39180723";
    private static final String S = "20a0b842408f91e816057c4f9c9052a233c14ab15d40d2437e46708acc2eaec0";
    private static final String SIG = R + S + "01";
    private static final String N_HEX = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";
    private static final String ZERO32 = "0".repeat(64);

    private static String messageOf(String text, String signature) {
        return assertThrows(InvalidSignatureException.class,
                () -> SignatureVerifier.recoverId(text, signature)).getMessage();
    }

    private static String hex32(BigInteger value) {
        return Hex.encode(BigIntegers.asUnsignedByteArray(32, value));
    }

    @Test
    void acceptsTheReferenceSignatureAndItsV4Aliases() {
        assertEquals(COLONY_ID, SignatureVerifier.recoverId("hello", SIG));
        assertEquals(COLONY_ID, SignatureVerifier.recoverId("hello", R + S + "05"));
        assertNotEquals(COLONY_ID, SignatureVerifier.recoverId("hello", R + S + "04"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "''|Invalid signature length",
        "00|Invalid signature length",
        "zz|encoding/hex: invalid byte: U+007A 'z'",
        "abc|encoding/hex: odd length hex string",
        "abz|encoding/hex: invalid byte: U+007A 'z'",
        "ab cd|encoding/hex: invalid byte: U+0020 ' '",
        "0x00|encoding/hex: invalid byte: U+0078 'x'",
        "\u00e90|encoding/hex: invalid byte: U+00C3 '\u00c3'",
        "00\u4e16|encoding/hex: invalid byte: U+00E4 '\u00e4'",
        "\u00ad|encoding/hex: invalid byte: U+00C2 '\u00c2'",
    })
    void hexAndLengthErrors(String signature, String expected) {
        assertEquals(expected, messageOf("hello", signature));
    }

    @Test
    void hexErrorsForUnprintableAndSupplementaryCharacters() {
        assertEquals("encoding/hex: invalid byte: U+0000", messageOf("hello", "\u0000"));
        assertEquals("encoding/hex: invalid byte: U+0009", messageOf("hello", "00\t"));
        assertEquals("encoding/hex: invalid byte: U+007F", messageOf("hello", "\u007f0"));
        assertEquals("encoding/hex: invalid byte: U+00F0 '\u00f0'", messageOf("hello", "\ud83d\ude00"));
        assertEquals("encoding/hex: invalid byte: U+00EF '\u00ef'", messageOf("hello", "\ud800"));
        // Character.digit would accept these non-ASCII digits; Go does not.
        assertEquals("encoding/hex: invalid byte: U+00D9 '\u00d9'", messageOf("hello", "\u0661" + SIG.substring(1)));
    }

    @Test
    void nullIsTreatedAsEmpty() {
        assertEquals("Invalid signature length", messageOf("hello", null));
        String emptyTextSig = "5ae435df7a32f445244ea068c06d946b7036039f1cc2626dafaced7456eca0ca"
                + "4eb15e0712203cc0a82db459812463cc11d28d6cf05c8b6283fc790d4b8f64d001";
        assertEquals("3fc05cf3df4b494e95d6a3d297a34f19938f7daa7422ab0d4f794454133341ac",
                SignatureVerifier.recoverId(null, emptyTextSig));
    }

    @Test
    void lengthIsCheckedOnDecodedBytes() {
        assertEquals("Invalid signature length", messageOf("hello", SIG.substring(0, 128)));
        assertEquals("Invalid signature length", messageOf("hello", SIG + "00"));
        assertEquals("encoding/hex: odd length hex string", messageOf("hello", SIG + "0"));
        assertEquals("encoding/hex: odd length hex string", messageOf("hello", SIG.substring(0, 129)));
    }

    @Test
    void rAndSRangeChecksInReferenceOrder() {
        String p = "Failed to recover public key: ";
        assertEquals(p + "signature R is 0", messageOf("hello", ZERO32 + S + "01"));
        assertEquals(p + "signature R is 0", messageOf("hello", ZERO32 + ZERO32 + "01"));
        assertEquals(p + "signature R is >= curve order", messageOf("hello", N_HEX + S + "01"));
        assertEquals(p + "signature R is >= curve order", messageOf("hello", "f".repeat(64) + ZERO32 + "08"));
        assertEquals(p + "signature S is 0", messageOf("hello", R + ZERO32 + "01"));
        assertEquals(p + "signature S is >= curve order", messageOf("hello", R + N_HEX + "01"));
        assertEquals(p + "signature S is >= curve order", messageOf("hello", R + "f".repeat(64) + "09"));
    }

    @Test
    void recoveryIdsThatPushRxPastP() {
        String expected = "Failed to recover public key: calculated Rx is larger than curve P";
        for (String v : new String[] {"02", "03", "06", "07", "08", "0b", "0c", "ff", "FF"}) {
            assertEquals(expected, messageOf("hello", R + S + v), v);
        }
        // Rx check comes before the low-S rule.
        String highS = hex32(N.subtract(new BigInteger(S, 16)));
        assertEquals(expected, messageOf("hello", R + highS + "08"));
    }

    @Test
    void xNotOnTheCurve() {
        BigInteger x = BigInteger.ONE;
        while (Secp256k1.CURVE.fromBigInteger(x).square().multiply(Secp256k1.CURVE.fromBigInteger(x))
                .add(Secp256k1.CURVE.getB()).sqrt() != null) {
            x = x.add(BigInteger.ONE);
        }
        assertEquals("Failed to recover public key: invalid square root", messageOf("hello", hex32(x) + S + "00"));
        assertEquals("Failed to recover public key: invalid square root", messageOf("hello", hex32(x) + S + "01"));
    }

    @Test
    void highSIsRejected() {
        String highS = hex32(N.subtract(new BigInteger(S, 16)));
        assertEquals("Invalid signature", messageOf("hello", R + highS + "00"));
        assertEquals("Invalid signature", messageOf("hello", R + highS + "01"));
        String nMinus1 = hex32(N.subtract(BigInteger.ONE));
        assertEquals("Invalid signature", messageOf("hello", R + nMinus1 + "00"));
        // s = floor(n/2) is still low.
        String halfN = hex32(Secp256k1.HALF_N);
        assertEquals(64, SignatureVerifier.recoverId("hello", R + halfN + "00").length());
    }

    /** r + n &lt; p: x-coordinates in [n, p) are reachable with V = 2 or 3 and must verify. */
    @Test
    void overflowRecoveryIdsWorkWhenRxFitsBelowP() {
        BigInteger t = BigInteger.ONE;
        while (Secp256k1.CURVE.fromBigInteger(t.add(N)).square().multiply(Secp256k1.CURVE.fromBigInteger(t.add(N)))
                .add(Secp256k1.CURVE.getB()).sqrt() == null) {
            t = t.add(BigInteger.ONE);
        }
        byte[] hash = Hashes.sha3("hello".getBytes(StandardCharsets.UTF_8));
        for (String v : new String[] {"02", "03", "06", "07"}) {
            String signature = hex32(t) + S + v;
            ECPoint q = SignatureVerifier.recoverPublicKey("hello", signature);
            ECDSASigner verifier = new ECDSASigner();
            verifier.init(false, new ECPublicKeyParameters(q, Secp256k1.DOMAIN));
            assertTrue(verifier.verifySignature(hash, t, new BigInteger(S, 16)), v);
            assertEquals(Identity.ofPoint(q), SignatureVerifier.recoverId("hello", signature));
        }
    }

    /** s*R = e*G makes Q the point at infinity, which is not a public key. */
    @Test
    void recoveredPointAtInfinityIsRejected() {
        byte[] hash = Hashes.sha3("hello".getBytes(StandardCharsets.UTF_8));
        BigInteger e = new BigInteger(1, hash).mod(N);
        BigInteger k = new BigInteger("123456789abcdef123456789abcdef", 16);
        ECPoint bigR = Secp256k1.multiplyG(k);
        BigInteger r = bigR.getAffineXCoord().toBigInteger().mod(N);
        BigInteger s = e.multiply(k.modInverse(N)).mod(N);
        int v = bigR.getAffineYCoord().testBitZero() ? 1 : 0;
        if (s.compareTo(Secp256k1.HALF_N) > 0) {
            s = N.subtract(s);
            v ^= 1;
        }
        assertEquals("Invalid signature", messageOf("hello", hex32(r) + hex32(s) + "0" + v));
    }

    @Test
    void recoveredKeysSatisfyStandardVerification() {
        Random random = new Random(3);
        ECDSASigner verifier = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        int accepted = 0;
        for (int i = 0; i < 300; i++) {
            BigInteger r = new BigInteger(256, random).mod(N);
            BigInteger s = new BigInteger(255, random).mod(Secp256k1.HALF_N);
            String text = "t" + i;
            String signature = hex32(r) + hex32(s) + "0" + random.nextInt(2);
            try {
                ECPoint q = SignatureVerifier.recoverPublicKey(text, signature);
                verifier.init(false, new ECPublicKeyParameters(q, Secp256k1.DOMAIN));
                assertTrue(verifier.verifySignature(Hashes.sha3(text.getBytes(StandardCharsets.UTF_8)), r, s));
                accepted++;
            } catch (InvalidSignatureException e) {
                assertTrue(e.getMessage().equals("Failed to recover public key: invalid square root")
                        || e.getMessage().startsWith("Failed to recover public key: signature"), e.getMessage());
            }
        }
        assertTrue(accepted > 100, "about half of random x are on the curve: " + accepted);
    }

    @Test
    void garbageNeverThrowsAnythingButInvalidSignature() {
        Random random = new Random(20240301);
        String alphabet = "0123456789abcdefABCDEF";
        for (int i = 0; i < 3000; i++) {
            int length = random.nextInt(10) == 0 ? 130 : random.nextInt(200);
            StringBuilder sb = new StringBuilder(length);
            for (int j = 0; j < length; j++) {
                int kind = random.nextInt(40);
                if (kind == 0) {
                    sb.append((char) random.nextInt(0x10000));
                } else if (kind == 1) {
                    sb.append('z');
                } else {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            checkOnlyCryptoFailure(random.nextBoolean() ? "hello" : null, sb.toString());
        }
        for (int i = 0; i < 1000; i++) {
            byte[] bytes = new byte[65];
            random.nextBytes(bytes);
            if (i % 4 == 0) {
                bytes[64] = (byte) random.nextInt(8);
            }
            checkOnlyCryptoFailure("payload-" + i, Hex.encode(bytes));
        }
        for (String odd : new String[] {"", "zz", "zzzz", "z".repeat(130), " ".repeat(130), "\u0000".repeat(130),
            "0".repeat(130), "f".repeat(130), "0".repeat(100000), "g"}) {
            checkOnlyCryptoFailure("hello", odd);
            checkOnlyCryptoFailure(null, odd);
        }
    }

    @Test
    void singleBitFlipsOfAValidSignature() {
        byte[] sig = Hex.decodeChecked(SIG);
        for (int bit = 0; bit < 65 * 8; bit++) {
            byte[] copy = sig.clone();
            copy[bit / 8] ^= (byte) (1 << (7 - bit % 8));
            String id = checkOnlyCryptoFailure("hello", Hex.encode(copy));
            if (id != null && bit != 64 * 8 + 5) {
                assertNotEquals(COLONY_ID, id, "bit " + bit);
            }
        }
    }

    @Test
    void concurrentRecoveriesAgree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        assertEquals(COLONY_ID, SignatureVerifier.recoverId("hello", SIG));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Returns the recovered id, or null if the signature was rejected with InvalidSignatureException. */
    private static String checkOnlyCryptoFailure(String text, String signature) {
        try {
            String id = SignatureVerifier.recoverId(text, signature);
            assertNotNull(id);
            assertTrue(id.matches("[0-9a-f]{64}"), id);
            return id;
        } catch (InvalidSignatureException e) {
            assertNotNull(e.getMessage());
            assertTrue(e.getMessage().startsWith("Invalid signature")
                    || e.getMessage().startsWith("Failed to recover public key: ")
                    || e.getMessage().startsWith("encoding/hex: "), e.getMessage());
            return null;
        } catch (Throwable t) {
            fail("unexpected " + t + " for signature of length "
                    + (signature == null ? -1 : signature.length()), t);
            return null;
        }
    }
}
