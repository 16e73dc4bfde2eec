package io.colonies.model.security;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * An immutable secp256k1 private key (PROTOCOL section 2.2) together with its derived public key and
 * identity, which are computed once because clients use them on every request. The secret never
 * appears in {@link #toString()} or in exception messages.
 */
public final class PrivateKey {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final BigInteger d;
    private final String publicKeyHex;
    private final String id;

    private PrivateKey(BigInteger d) {
        this.d = d;
        ECPoint q = Secp256k1.multiplyG(d);
        this.publicKeyHex = Hex.encode(q.getEncoded(false));
        this.id = Identity.ofPoint(q);
    }

    /** A new uniformly random key with 1 &lt;= d &lt; n (rejection sampling over 256 random bits). */
    public static PrivateKey generate() {
        byte[] bytes = new byte[32];
        while (true) {
            RANDOM.nextBytes(bytes);
            BigInteger candidate = new BigInteger(1, bytes);
            if (candidate.signum() > 0 && candidate.compareTo(Secp256k1.N) < 0) {
                return new PrivateKey(candidate);
            }
        }
    }

    /**
     * Parses the 64-hex-character encoding (either case).
     *
     * @throws InvalidKeyException unless exactly 64 hex characters encoding 0 &lt; d &lt; n
     */
    public static PrivateKey fromHex(String hex) {
        if (!Hex.isHex(hex, 64)) {
            throw new InvalidKeyException("Invalid private key: expected exactly 64 hex characters");
        }
        BigInteger candidate = new BigInteger(1, Hex.decodeChecked(hex));
        if (candidate.signum() == 0 || candidate.compareTo(Secp256k1.N) >= 0) {
            throw new InvalidKeyException("Invalid private key: scalar must satisfy 0 < d < n");
        }
        return new PrivateKey(candidate);
    }

    /** The key as 64 lowercase hex characters (32 bytes big-endian, zero-padded). */
    public String hex() {
        return Hex.encode(BigIntegers.asUnsignedByteArray(32, d));
    }

    /** Uncompressed public key 04||X||Y as 130 lowercase hex characters. */
    public String publicKeyHex() {
        return publicKeyHex;
    }

    /** The identity (hex64) of this key, see {@link Identity}. */
    public String id() {
        return id;
    }

    /** The secret scalar, for {@link Signer} only. */
    BigInteger scalar() {
        return d;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PrivateKey)) {
            return false;
        }
        // Constant-time comparison of the secrets.
        return MessageDigest.isEqual(
                BigIntegers.asUnsignedByteArray(32, d),
                BigIntegers.asUnsignedByteArray(32, ((PrivateKey) other).d));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Shows only the public identity, never the secret. */
    @Override
    public String toString() {
        return "PrivateKey[id=" + id + "]";
    }
}
