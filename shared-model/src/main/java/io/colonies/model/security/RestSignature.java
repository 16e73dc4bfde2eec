package io.colonies.model.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The request signature of the REST API (docs/security.md): the canonical request text, its
 * signature with the same recoverable secp256k1 scheme as RPC, and the header names. Shared by the
 * server, which verifies, and by clients, which sign, so that both build the text the same way.
 */
public final class RestSignature {
    public static final String SIGNATURE_HEADER = "Colonies-Signature";
    public static final String TIMESTAMP_HEADER = "Colonies-Timestamp";
    public static final String NONCE_HEADER = "Colonies-Nonce";

    /** Unix seconds in decimal, without sign or leading zeros: one spelling per instant. */
    private static final Pattern TIMESTAMP = Pattern.compile("0|[1-9][0-9]{0,11}");
    /** URL-safe, so it never needs escaping, and long enough to be unguessable. */
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,128}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RestSignature() {
    }

    /** What a client sends: the three header values. */
    public record Headers(String signature, String timestamp, String nonce) {
    }

    /**
     * The canonical request: method, path with query exactly as sent, timestamp, nonce and the
     * lowercase hex SHA3-256 of the body bytes, separated by single line feeds.
     */
    public static String canonicalRequest(String method, String pathWithQuery, String timestamp, String nonce,
                                          byte[] body) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathWithQuery, "pathWithQuery");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(nonce, "nonce");
        return method + "\n" + pathWithQuery + "\n" + timestamp + "\n" + nonce + "\n" + bodyHash(body);
    }

    /** Lowercase hex SHA3-256 of the body; a missing body hashes like an empty one. */
    public static String bodyHash(byte[] body) {
        return Hex.encode(Hashes.sha3(body == null ? new byte[0] : body));
    }

    /** Signs a request with a fresh nonce; {@code unixSeconds} is the client's current time. */
    public static Headers sign(String method, String pathWithQuery, byte[] body, long unixSeconds, PrivateKey key) {
        return sign(method, pathWithQuery, body, Long.toString(unixSeconds), newNonce(), key);
    }

    /** Signs with the given timestamp and nonce, for test vectors and retries that must differ only in time. */
    public static Headers sign(String method, String pathWithQuery, byte[] body, String timestamp, String nonce,
                               PrivateKey key) {
        String canonical = canonicalRequest(method, pathWithQuery, timestamp, nonce, body);
        return new Headers(Signer.sign(canonical, key), timestamp, nonce);
    }

    /** The signer's identity; throws {@link InvalidSignatureException} like RPC recovery. */
    public static String recoverId(String canonicalRequest, String signatureHex) {
        return SignatureVerifier.recoverId(canonicalRequest, signatureHex);
    }

    /** 32 lowercase hex characters from a secure random source. */
    public static String newNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Hex.encode(bytes);
    }

    public static boolean isValidNonce(String nonce) {
        return nonce != null && NONCE.matcher(nonce).matches();
    }

    /** The timestamp in seconds, or -1 when it is not in the one accepted spelling. */
    public static long parseTimestamp(String timestamp) {
        if (timestamp == null || !TIMESTAMP.matcher(timestamp).matches()) {
            return -1;
        }
        return Long.parseLong(timestamp);
    }

    /** UTF-8 bytes of a text body, the form that is hashed. */
    public static byte[] utf8(String body) {
        return body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    }
}
