package io.colonies.server.error;

/** The innermost reason of a failure chain, which is what a user can act on (e.g. a JSON parse error). */
public final class Causes {
    private Causes() {
    }

    public static String rootMessage(Throwable e, String fallback) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? e.getMessage() : root.getMessage();
        return text == null ? fallback : text;
    }
}
