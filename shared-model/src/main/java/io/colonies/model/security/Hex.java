package io.colonies.model.security;

import java.nio.charset.StandardCharsets;

/**
 * Lowercase hex encoding and strict (ASCII-only) decoding. Hand-written because every identity
 * and signature on the wire is lowercase hex and {@code Character.digit} would accept non-ASCII
 * digits that the reference rejects.
 */
final class Hex {

    private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private Hex() {
    }

    /** Lowercase hex text of {@code data}. */
    static String encode(byte[] data) {
        return new String(encodeAscii(data), StandardCharsets.ISO_8859_1);
    }

    /** Lowercase hex of {@code data} as ASCII bytes (what identities hash), without a String detour. */
    static byte[] encodeAscii(byte[] data) {
        byte[] out = new byte[data.length * 2];
        for (int i = 0, j = 0; i < data.length; i++) {
            int b = data[i] & 0xFF;
            out[j++] = DIGITS[b >>> 4];
            out[j++] = DIGITS[b & 0x0F];
        }
        return out;
    }

    /** Value 0..15 of an ASCII hex digit (either case), or -1 for anything else. */
    static int nibble(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** True if {@code text} has exactly {@code length} characters, all ASCII hex digits. */
    static boolean isHex(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (nibble(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Decodes text already checked with {@link #isHex}; case-insensitive. */
    static byte[] decodeChecked(String text) {
        byte[] out = new byte[text.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((nibble(text.charAt(2 * i)) << 4) | nibble(text.charAt(2 * i + 1)));
        }
        return out;
    }
}
