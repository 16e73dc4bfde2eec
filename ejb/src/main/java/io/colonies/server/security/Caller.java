package io.colonies.server.security;

/** The identity recovered from a request's signature. */
public record Caller(String id) {
    public Caller {
        if (id == null || id.length() != 64) {
            throw new IllegalArgumentException("caller id must be hex64");
        }
    }
}
