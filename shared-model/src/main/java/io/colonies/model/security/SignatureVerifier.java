package io.colonies.model.security;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * Server-side signer identification (PROTOCOL section 2.7): recovers the public key from an R||S||V
 * signature (SEC 1 section 4.1.6) and returns its identity, applying the reference's exact acceptance
 * rules and error texts, because those texts are sent back to clients in 403 replies.
 */
public final class SignatureVerifier {

    private static final String RECOVER_PREFIX = "Failed to recover public key: ";

    private SignatureVerifier() {
    }

    /**
     * Identity (hex64) of whoever signed {@code signedText} with {@code signatureHex}.
     * A {@code null} argument is treated like an empty string (a missing JSON field).
     *
     * @throws InvalidSignatureException on any failure, with the reference error text; no other
     *     exception type escapes
     */
    public static String recoverId(String signedText, String signatureHex) {
        return recoverId(signedText, signatureHex, NativeSecp256k1.available());
    }

    /**
     * {@link #recoverId(String, String)} on a chosen path, so tests run every vector on both. The
     * native path runs only after every check whose failure has its own reference text; whenever it
     * cannot answer, Bouncy Castle does, so both paths give the same identities and the same errors.
     */
    static String recoverId(String signedText, String signatureHex, boolean useNative) {
        if (useNative) {
            String id = recoverNatively(signedText == null ? "" : signedText, signatureHex == null ? "" : signatureHex);
            if (id != null) {
                return id;
            }
        }
        return Identity.ofPoint(recoverPublicKey(signedText, signatureHex));
    }

    /** The identity through libsecp256k1, or null to let the Bouncy Castle path decide (and word the error). */
    private static String recoverNatively(String signedText, String signatureHex) {
        if (signatureHex.length() != 130 || !Hex.isHex(signatureHex, 130)) {
            return null;
        }
        byte[] sig = Hex.decodeChecked(signatureHex);
        BigInteger r = BigIntegers.fromUnsignedByteArray(sig, 0, 32);
        BigInteger s = BigIntegers.fromUnsignedByteArray(sig, 32, 32);
        int iter = (sig[64] & 0xFF) & ~4;
        if (r.signum() == 0 || r.compareTo(Secp256k1.N) >= 0 || s.signum() == 0 || s.compareTo(Secp256k1.HALF_N) > 0
                || iter > 3 || (iter >= 2 && r.add(Secp256k1.N).compareTo(Secp256k1.P) >= 0)) {
            return null;
        }
        byte[] hash = Hashes.sha3(signedText.getBytes(StandardCharsets.UTF_8));
        byte[] publicKey = NativeSecp256k1.recover(Arrays.copyOf(sig, 64), hash, iter);
        return publicKey == null ? null : Identity.ofUncompressed(publicKey);
    }

    /** The recovered public key (normalised, finite); package-private for tests. */
    static ECPoint recoverPublicKey(String signedText, String signatureHex) {
        try {
            return recover(signedText == null ? "" : signedText, signatureHex == null ? "" : signatureHex);
        } catch (InvalidSignatureException e) {
            throw e;
        } catch (RuntimeException e) {
            // Defensive: nothing below is expected to throw, but a library surprise must still
            // become a clean 403 rather than a 500.
            throw new InvalidSignatureException("Invalid signature", e);
        }
    }

    private static ECPoint recover(String signedText, String signatureHex) {
        // Step 1: hex decode like Go's hex.DecodeString (its error texts), then the length check.
        checkHexLikeGo(signatureHex);
        if (signatureHex.length() != 130) {
            throw new InvalidSignatureException("Invalid signature length");
        }
        byte[] sig = Hex.decodeChecked(signatureHex);

        // Step 2.
        byte[] hash = Hashes.sha3(signedText.getBytes(StandardCharsets.UTF_8));

        // Step 3: r, s in [1, n-1]; V with the bit of value 4 cleared (4..7 alias 0..3).
        BigInteger n = Secp256k1.N;
        BigInteger r = BigIntegers.fromUnsignedByteArray(sig, 0, 32);
        BigInteger s = BigIntegers.fromUnsignedByteArray(sig, 32, 32);
        int iter = (sig[64] & 0xFF) & ~4;
        if (r.compareTo(n) >= 0) {
            throw recoveryFailure("signature R is >= curve order");
        }
        if (r.signum() == 0) {
            throw recoveryFailure("signature R is 0");
        }
        if (s.compareTo(n) >= 0) {
            throw recoveryFailure("signature S is >= curve order");
        }
        if (s.signum() == 0) {
            throw recoveryFailure("signature S is 0");
        }

        // Step 4: x = r + (iter/2)*n must be a field element; R = (x, y) with y's parity = iter's.
        BigInteger x = iter < 2 ? r : r.add(n.multiply(BigInteger.valueOf(iter >>> 1)));
        if (x.compareTo(Secp256k1.P) >= 0) {
            throw recoveryFailure("calculated Rx is larger than curve P");
        }
        ECFieldElement fx = Secp256k1.CURVE.fromBigInteger(x);
        ECFieldElement y = fx.square().multiply(fx).add(Secp256k1.CURVE.getB()).sqrt();
        if (y == null) {
            throw recoveryFailure("invalid square root");
        }
        boolean wantOdd = (iter & 1) == 1;
        if (y.testBitZero() != wantOdd) {
            y = y.negate();
        }
        if (y.testBitZero() != wantOdd) {
            // Only for y = 0, which secp256k1 (prime order, no 2-torsion) cannot have; kept for parity.
            throw recoveryFailure("ybit doesn't match oddness");
        }

        // Step 6, low-S half. The reference tests this after recovery; testing it here, after
        // every check that can fail with a different message, gives identical results and spares
        // the scalar multiplications for rejected signatures.
        if (s.compareTo(Secp256k1.HALF_N) > 0) {
            throw new InvalidSignatureException("Invalid signature");
        }

        // Step 5: Q = r^-1*(s*R - e*G) = (s*r^-1)*R + (-e*r^-1)*G, one interleaved (GLV/wNAF)
        // double-scalar multiplication; the wNAF table of G is cached on the shared instance.
        BigInteger rInv = BigIntegers.modOddInverseVar(n, r);
        BigInteger e = new BigInteger(1, hash).mod(n);
        BigInteger u1 = s.multiply(rInv).mod(n);
        BigInteger u2 = n.subtract(e).multiply(rInv).mod(n);
        ECPoint bigR = Secp256k1.CURVE.createPoint(x, y.toBigInteger());
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(bigR, u1, Secp256k1.G, u2).normalize();

        // Step 6, standard ECDSA verification, is implied and therefore not recomputed: with
        // w = s^-1, u = e*w, v = r*w it computes u*G + v*Q = e*w*G + w*(s*R - e*G) = R, whose x is
        // r + (iter/2)*n == r (mod n) because r < n; so it succeeds for every recovered Q that is a
        // valid public key. The one input it would reject is Q = infinity (s*R = e*G), which the
        // reference's pubkey parsing also refuses, hence the same "Invalid signature".
        if (q.isInfinity()) {
            throw new InvalidSignatureException("Invalid signature");
        }
        return q;
    }

    private static InvalidSignatureException recoveryFailure(String reason) {
        return new InvalidSignatureException(RECOVER_PREFIX + reason);
    }

    /**
     * Mirrors Go's {@code hex.DecodeString} errors, which the reference returns verbatim: the
     * first byte (of the UTF-8 text) that is not a hex digit is reported, else an odd length.
     */
    private static void checkHexLikeGo(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Hex.nibble(c) < 0) {
                throw new InvalidSignatureException(
                        "encoding/hex: invalid byte: " + goQuotedRune(firstUtf8Byte(text, i)));
            }
        }
        if ((length & 1) != 0) {
            throw new InvalidSignatureException("encoding/hex: odd length hex string");
        }
    }

    /** First byte of the UTF-8 encoding of the character at {@code i}. */
    private static int firstUtf8Byte(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80) {
            return c;
        }
        if (c < 0x800) {
            return 0xC0 | (c >>> 6);
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1))) {
            return 0xF0 | (Character.toCodePoint(c, text.charAt(i + 1)) >>> 18);
        }
        if (Character.isSurrogate(c)) {
            return 0xEF; // a lone surrogate reaches Go as U+FFFD (EF BF BD)
        }
        return 0xE0 | (c >>> 12);
    }

    /** Go's {@code %#U} of a byte value: {@code U+007A 'z'}, without the quote if unprintable. */
    private static String goQuotedRune(int b) {
        String code = String.format("U+%04X", b);
        boolean printable = (b >= 0x20 && b < 0x7F) || (b >= 0xA1 && b != 0xAD);
        return printable ? code + " '" + (char) b + "'" : code;
    }
}
