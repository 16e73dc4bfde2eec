package io.colonies.client.builtin;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Numeric values of {@code args}/{@code in}. JSON-B reads JSON numbers as {@link BigDecimal}; numeric
 * strings count too, because generators pack their arguments as strings. Results are normalised so
 * that integral values are written as JSON integers ({@code 13}, never {@code 13.0}).
 */
public final class Numbers {
    private Numbers() {
    }

    /** The value as a number, or empty if it is neither a number nor a numeric string. */
    public static Optional<BigDecimal> numeric(Object value) {
        if (value instanceof BigDecimal d) {
            return Optional.of(d);
        }
        if (value instanceof BigInteger i) {
            return Optional.of(new BigDecimal(i));
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? Optional.of(new BigDecimal(Double.toString(d))) : Optional.empty();
        }
        if (value instanceof String s) {
            try {
                return Optional.of(new BigDecimal(s.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The value as an int if it is an integral number that fits. */
    public static Optional<Integer> integral(Object value) {
        return numeric(value).flatMap(d -> {
            try {
                return Optional.of(d.intValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }

    /** {@link BigInteger} when integral (JSON-B writes it without a fraction), else the stripped decimal. */
    public static Number normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigIntegerExact() : stripped;
    }
}
