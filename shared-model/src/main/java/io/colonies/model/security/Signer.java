package io.colonies.model.security;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * Produces request signatures exactly like the reference client (btcec {@code SignCompact},
 * PROTOCOL section 2.6): RFC 6979 nonce with HMAC-SHA256, low-S, and R||S||V as 130 lowercase hex
 * characters. Deterministic, so the published vectors are reproduced byte for byte.
 */
public final class Signer {

    private Signer() {
    }

    /**
     * Signs SHA3-256 of the UTF-8 bytes of {@code signedText} (for requests: the base64 payload
     * string exactly as placed in the envelope).
     */
    public static String sign(String signedText, PrivateKey key) {
        Objects.requireNonNull(signedText, "signedText");
        Objects.requireNonNull(key, "key");
        byte[] hash = Hashes.sha3(signedText.getBytes(StandardCharsets.UTF_8));
        BigInteger n = Secp256k1.N;
        BigInteger d = key.scalar();
        // n has 256 bits and h has 256 bits, so the ECDSA integer e is h itself (no truncation).
        BigInteger e = new BigInteger(1, hash);

        // This is the same computation as Bouncy Castle's ECDSASigner with an HMacDSAKCalculator
        // (nonce k per RFC 6979 with h1 = int(h) mod n), done inline because the nonce point
        // R = k*G directly yields the recovery id: bit 0 = parity of R.y, bit 1 = (R.x >= n).
        // That V is the unique i in 0..3 for which recovery returns our key (distinct candidate
        // points R give distinct recovered keys), i.e. exactly what the reference's search picks,
        // without running up to four public-key recoveries.
        HMacDSAKCalculator nonces = new HMacDSAKCalculator(new SHA256Digest());
        nonces.init(n, d, hash);
        while (true) {
            BigInteger k = nonces.nextK();
            ECPoint bigR = Secp256k1.multiplyG(k);
            BigInteger rx = bigR.getAffineXCoord().toBigInteger();
            BigInteger r = rx.mod(n);
            if (r.signum() == 0) {
                continue;
            }
            BigInteger s = BigIntegers.modOddInverse(n, k).multiply(e.add(d.multiply(r))).mod(n);
            if (s.signum() == 0) {
                continue;
            }
            int v = (bigR.getAffineYCoord().testBitZero() ? 1 : 0) | (rx.compareTo(n) >= 0 ? 2 : 0);
            if (s.compareTo(Secp256k1.HALF_N) > 0) {
                // Low-S: (r, n-s) is the signature for -R, whose y has the opposite parity.
                s = n.subtract(s);
                v ^= 1;
            }
            byte[] out = new byte[65];
            BigIntegers.asUnsignedByteArray(r, out, 0, 32);
            BigIntegers.asUnsignedByteArray(s, out, 32, 32);
            out[64] = (byte) v;
            return Hex.encode(out);
        }
    }
}
