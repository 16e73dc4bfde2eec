package io.colonies.model.json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Times as the Go reference writes them: RFC 3339 with optional fraction, and the year-1 "zero time"
 * standing for "unset". Domain code never sees null times on the wire, only {@link #ZERO}.
 */
public final class GoTime {
    public static final Instant ZERO = Instant.parse("0001-01-01T00:00:00Z");
    private static final String ZERO_TEXT = "0001-01-01T00:00:00Z";

    private GoTime() {
    }

    public static boolean isZero(Instant t) {
        return t == null || t.atOffset(java.time.ZoneOffset.UTC).getYear() <= 1;
    }

    public static Instant orZero(Instant t) {
        return t == null ? ZERO : t;
    }

    /** Null for unset, so that the database stores NULL rather than year 1. */
    public static Instant orNull(Instant t) {
        return isZero(t) ? null : t;
    }

    public static String format(Instant t) {
        return isZero(t) ? ZERO_TEXT : DateTimeFormatter.ISO_INSTANT.format(t);
    }

    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return ZERO;
        }
        Instant t = OffsetDateTime.parse(text).toInstant();
        return isZero(t) ? ZERO : t;
    }
}
