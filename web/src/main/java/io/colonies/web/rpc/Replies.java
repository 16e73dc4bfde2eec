package io.colonies.web.rpc;

/** Reply values with a special wire form. */
public final class Replies {
    /** Operations without a result reply with the JSON text {@code {}}. */
    public static final Object EMPTY = new Object();

    private Replies() {
    }
}
