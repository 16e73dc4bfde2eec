package io.colonies.model.security;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.bouncycastle.crypto.digests.SHA3Digest;

/**
 * FIPS 202 SHA3-256, the only hash of the protocol (message hashes, identities, random and
 * attribute IDs). Not Keccak-256: the padding differs, so the Ethereum variant would break interop.
 */
public final class Hashes {

    private Hashes() {
    }

    /** SHA3-256 of {@code data} (32 bytes). */
    public static byte[] sha3(byte[] data) {
        Objects.requireNonNull(data, "data");
        SHA3Digest digest = new SHA3Digest(256);
        digest.update(data, 0, data.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    /** Lowercase hex SHA3-256 of the UTF-8 bytes of {@code utf8Text} (a hex64 string). */
    public static String sha3Hex(String utf8Text) {
        Objects.requireNonNull(utf8Text, "utf8Text");
        return Hex.encode(sha3(utf8Text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A fresh random hex64 ID, derived as the reference does (SHA3-256 of a random UUID string,
     * PROTOCOL section 2.8); used for processes, graphs, crons, generators and functions.
     */
    public static String randomId() {
        return sha3Hex(UUID.randomUUID().toString());
    }
}
