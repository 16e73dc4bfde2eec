package io.colonies.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs N client threads and waits for all of them. Plain platform threads: each one models one
 * client with one connection, which is what the scenarios count.
 */
final class Workers {
    private Workers() {
    }

    /** Runs {@code body(i)} on {@code n} threads; rethrows the first failure after all have ended. */
    static void run(String name, int n, IntConsumer body) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                try {
                    body.accept(index);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }, name + "-" + i);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(name + " failed", t);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
