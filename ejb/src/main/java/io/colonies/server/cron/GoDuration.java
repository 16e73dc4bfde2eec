package io.colonies.server.cron;

import io.colonies.server.error.ErrorKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;

/**
 * Go's duration syntax ({@code time.ParseDuration}), which clients use in {@code @every 1h30m10s}:
 * an optional sign, then one or more decimal numbers each followed by a unit (ns, us, µs, ms, s, m, h);
 * "0" alone is also valid. Java's {@link Duration#parse} reads ISO-8601 instead, hence this class.
 */
public final class GoDuration {
    private static final Map<String, Long> UNIT_NANOS = Map.of(
            "ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L, "ms", 1_000_000L,
            "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);
    private static final BigInteger MAX_NANOS = BigInteger.valueOf(Long.MAX_VALUE);

    private GoDuration() {
    }

    public static Duration parse(String text) {
        String s = text;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if ("0".equals(s)) {
            return Duration.ZERO;
        }
        if (s.isEmpty()) {
            throw invalid(text);
        }
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        while (i < s.length()) {
            int numberEnd = i;
            while (numberEnd < s.length() && (Character.isDigit(s.charAt(numberEnd)) || s.charAt(numberEnd) == '.')) {
                numberEnd++;
            }
            String number = s.substring(i, numberEnd);
            if (number.isEmpty() || ".".equals(number) || number.indexOf('.') != number.lastIndexOf('.')) {
                throw invalid(text);
            }
            int unitEnd = numberEnd;
            while (unitEnd < s.length() && !Character.isDigit(s.charAt(unitEnd)) && s.charAt(unitEnd) != '.') {
                unitEnd++;
            }
            String unit = s.substring(numberEnd, unitEnd);
            if (unit.isEmpty()) {
                throw bad("time: missing unit in duration \"" + text + "\"");
            }
            Long nanos = UNIT_NANOS.get(unit);
            if (nanos == null) {
                throw bad("time: unknown unit \"" + unit + "\" in duration \"" + text + "\"");
            }
            total = total.add(new BigDecimal(number).multiply(BigDecimal.valueOf(nanos)));
            i = unitEnd;
        }
        BigInteger nanos = total.toBigInteger(); // Go also drops fractions of a nanosecond
        if (nanos.compareTo(MAX_NANOS) > 0) {
            throw invalid(text);
        }
        Duration d = Duration.ofNanos(nanos.longValueExact());
        return negative ? d.negated() : d;
    }

    private static CronException invalid(String text) {
        return bad("time: invalid duration \"" + text + "\"");
    }

    private static CronException bad(String message) {
        return new CronException(ErrorKind.BAD_REQUEST, message);
    }
}
