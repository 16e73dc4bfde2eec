package io.colonies.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Submits a fixed number of processes from several client threads, sharing one ticket counter. */
final class Submissions {
    private Submissions() {
    }

    /** Fills a drain's queue: {@code count} processes for executors of type "worker", from 8 submitters. */
    static void preSubmit(BenchColony colony, String scenario, int count, Deadline deadline) {
        List<BenchExecutor> submitters = colony.executors("submitter", 8);
        Log.info(scenario + ": pre-submitting " + count + " processes");
        submit(submitters, "worker", count, new Latencies(), deadline);
    }

    /** Outcome of a batch: wall time of the whole batch and how many submits failed. */
    record Batch(long wallNanos, long failures) {
    }

    static Batch submit(List<BenchExecutor> clients, String targetType, int count, Latencies latencies,
                        Deadline deadline) {
        AtomicInteger tickets = new AtomicInteger(count);
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        Workers.run("submit", clients.size(), i -> {
            BenchExecutor client = clients.get(i);
            while (tickets.getAndDecrement() > 0) {
                deadline.check("submit");
                RpcResponse reply = client.submit(targetType);
                if (reply.ok()) {
                    latencies.add(reply.nanos());
                } else {
                    failures.incrementAndGet();
                    Log.info("submit failed: " + reply.describe());
                }
            }
        });
        return new Batch(System.nanoTime() - start, failures.get());
    }
}
