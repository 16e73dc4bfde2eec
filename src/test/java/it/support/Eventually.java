package it.support;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Polls a condition that another component (the scan timer, another replica) makes true. Used for
 * waiting on the server's own work, never to let a deadline pass: tests move the clock for that.
 */
public final class Eventually {
    private Eventually() {
    }

    public static <T> T await(Duration limit, Supplier<T> probe, java.util.function.Predicate<T> done, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + limit + " waiting for " + what + "; last: " + last);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = probe.get();
        }
        return last;
    }
}
