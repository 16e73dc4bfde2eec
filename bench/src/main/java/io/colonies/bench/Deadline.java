package io.colonies.bench;

/** The per-scenario time cap: loops check it so a stuck server ends the run instead of hanging it. */
final class Deadline {
    private final long endNanos;

    Deadline(long seconds) {
        this.endNanos = System.nanoTime() + seconds * 1_000_000_000L;
    }

    boolean expired() {
        return System.nanoTime() - endNanos > 0;
    }

    void check(String what) {
        if (expired()) {
            throw new IllegalStateException(what + ": scenario time cap (--max-seconds) reached");
        }
    }
}
