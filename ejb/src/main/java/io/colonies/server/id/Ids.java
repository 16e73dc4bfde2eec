package io.colonies.server.id;

import io.colonies.server.error.InvalidInputException;

/** The one rule all ids share: the reference sends an absent id as "", and PostgreSQL refuses NUL. */
final class Ids {
    /** Every id of the protocol is hex64; executor ids are not validated by the reference, so leave room. */
    static final int MAX_LENGTH = 128;

    private Ids() {
    }

    static String check(String raw, String what) {
        String value = raw == null ? "" : raw;
        if (value.length() > MAX_LENGTH || value.indexOf('\0') >= 0) {
            throw new InvalidInputException("Invalid " + what + ": at most " + MAX_LENGTH
                    + " characters without NUL");
        }
        return value;
    }
}
