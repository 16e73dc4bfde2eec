package io.colonies.model.security;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECMultiplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.FixedPointUtil;

/**
 * The one shared secp256k1 domain. Bouncy Castle caches multiplication tables on the generator
 * point object, so every computation must use this single {@link #G} instance to benefit.
 */
final class Secp256k1 {

    private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256k1");

    /** Curve with Bouncy Castle's optimised field arithmetic and GLV endomorphism. */
    static final ECCurve CURVE = PARAMS.getCurve();

    static final ECDomainParameters DOMAIN =
            new ECDomainParameters(CURVE, PARAMS.getG(), PARAMS.getN(), PARAMS.getH());

    /** The generator; the same instance as {@code DOMAIN.getG()} so precomputations are shared. */
    static final ECPoint G = DOMAIN.getG();

    /** Group order n. */
    static final BigInteger N = DOMAIN.getN();

    /** floor(n / 2): the largest S the protocol accepts (low-S rule). */
    static final BigInteger HALF_N = N.shiftRight(1);

    /** Field prime p. */
    static final BigInteger P = CURVE.getField().getCharacteristic();

    /** Comb multiplier for k*G (regular, i.e. safe for secret scalars, and fast with the cached table). */
    static final ECMultiplier BASE_MULTIPLIER = new FixedPointCombMultiplier();

    static {
        // Build the comb table once at class-load time instead of inside the first request.
        FixedPointUtil.precompute(G);
    }

    private Secp256k1() {
    }

    /** k*G in affine (normalised) form. */
    static ECPoint multiplyG(BigInteger k) {
        return BASE_MULTIPLIER.multiply(G, k).normalize();
    }
}
