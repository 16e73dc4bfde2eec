package io.colonies.model.security;

import java.util.Locale;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Identity derivation of PROTOCOL section 2.4: the hex64 ID of a key is SHA3-256 over the 130 ASCII
 * characters of the lowercase hex of the uncompressed public key (not over its 65 raw bytes).
 * Colony IDs, executor IDs and the server owner ID are all such identities.
 */
public final class Identity {

    private Identity() {
    }

    /**
     * Identity of an uncompressed public key given as 130 hex characters starting with {@code 04}
     * (either case; it is lowercased before hashing, as the reference always hashes lowercase).
     *
     * @throws InvalidKeyException if the text is not 130 hex characters starting with 04
     */
    public static String ofPublicKeyHex(String pubHex) {
        if (!Hex.isHex(pubHex, 130) || pubHex.charAt(0) != '0' || pubHex.charAt(1) != '4') {
            throw new InvalidKeyException(
                    "Invalid public key: expected 130 hex characters of an uncompressed key (04||X||Y)");
        }
        return Hashes.sha3Hex(pubHex.toLowerCase(Locale.ROOT));
    }

    /** Identity of a finite curve point; hashes the hex as ASCII bytes without building Strings. */
    static String ofPoint(ECPoint point) {
        return ofUncompressed(point.getEncoded(false));
    }

    /** Identity of the 65 bytes 04||X||Y of an uncompressed public key. */
    static String ofUncompressed(byte[] publicKey) {
        return Hex.encode(Hashes.sha3(Hex.encodeAscii(publicKey)));
    }
}
