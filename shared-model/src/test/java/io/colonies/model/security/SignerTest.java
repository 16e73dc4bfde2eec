package io.colonies.model.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

class SignerTest {

    private static final BigInteger N = Secp256k1.N;

    @Test
    void roundTripWithGeneratedKeys() {
        Random random = new Random(42);
        for (int i = 0; i < 40; i++) {
            PrivateKey key = PrivateKey.generate();
            byte[] json = ("{\"msgtype\":\"getcolonymsg\",\"n\":" + random.nextLong() + "}")
                    .getBytes(StandardCharsets.UTF_8);
            String payload = Base64.getEncoder().encodeToString(json);
            String signature = Signer.sign(payload, key);
            assertTrue(signature.matches("[0-9a-f]{128}0[0-3]"), signature);
            assertEquals(key.id(), SignatureVerifier.recoverId(payload, signature));
            // Deterministic (RFC 6979).
            assertEquals(signature, Signer.sign(payload, key));
            // A different text recovers some other identity (or fails), never the signer's.
            String other = payload + "x";
            try {
                assertNotEquals(key.id(), SignatureVerifier.recoverId(other, signature));
            } catch (InvalidSignatureException expected) {
                // acceptable
            }
        }
    }

    /**
     * The signer computes V from the nonce point; check it against the protocol's literal rule
     * (first i in 0..3 whose recovery yields the signer's key) and r, s against Bouncy Castle's
     * own ECDSASigner, whose verification must also accept the result.
     */
    @Test
    void matchesBouncyCastleEcdsaAndTheRecoveryIdSearch() {
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            PrivateKey key = PrivateKey.generate();
            String text = "message-" + random.nextInt() + "-\u00e9";
            String signature = Signer.sign(text, key);
            byte[] hash = Hashes.sha3(text.getBytes(StandardCharsets.UTF_8));
            BigInteger r = new BigInteger(signature.substring(0, 64), 16);
            BigInteger s = new BigInteger(signature.substring(64, 128), 16);
            int v = Integer.parseInt(signature.substring(128), 16);

            ECDSASigner reference = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
            reference.init(true, new ECPrivateKeyParameters(new BigInteger(key.hex(), 16), Secp256k1.DOMAIN));
            BigInteger[] rs = reference.generateSignature(hash);
            BigInteger lowS = rs[1].compareTo(Secp256k1.HALF_N) > 0 ? N.subtract(rs[1]) : rs[1];
            assertEquals(rs[0], r);
            assertEquals(lowS, s);
            assertTrue(s.compareTo(Secp256k1.HALF_N) <= 0);

            int firstMatch = -1;
            for (int candidate = 0; candidate < 4 && firstMatch < 0; candidate++) {
                String trial = signature.substring(0, 128) + "0" + candidate;
                try {
                    ECPoint q = SignatureVerifier.recoverPublicKey(text, trial);
                    if (Hex.encode(q.getEncoded(false)).equals(key.publicKeyHex())) {
                        firstMatch = candidate;
                    }
                } catch (InvalidSignatureException ignored) {
                    // this candidate does not recover
                }
            }
            assertEquals(firstMatch, v);

            ECPoint q = SignatureVerifier.recoverPublicKey(text, signature);
            reference.init(false, new ECPublicKeyParameters(q, Secp256k1.DOMAIN));
            assertTrue(reference.verifySignature(hash, r, s));
        }
    }

    @Test
    void signingTheSameTextWithDifferentKeysDiffers() {
        PrivateKey a = PrivateKey.generate();
        PrivateKey b = PrivateKey.generate();
        assertNotEquals(Signer.sign("hello", a), Signer.sign("hello", b));
    }

    @Test
    void nullArgumentsAreProgrammingErrors() {
        PrivateKey key = PrivateKey.generate();
        assertThrows(NullPointerException.class, () -> Signer.sign(null, key));
        assertThrows(NullPointerException.class, () -> Signer.sign("x", null));
    }
}
