package it.hardening.fuzz;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/** Counts of a fuzz run (per status, per template, per kind of mutation) and the failures found. */
public final class Tally {
    private static final int KEPT_FAILURES = 25;

    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> templates = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> mutations = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failureCount = new AtomicInteger();
    private final LongAdder sent = new LongAdder();
    private final ConcurrentLinkedQueue<String> dropped = new ConcurrentLinkedQueue<>();

    public void record(FuzzRequest request, int status) {
        sent.increment();
        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
        templates.computeIfAbsent(request.channel() + " " + request.template(), t -> new LongAdder()).increment();
        for (String mutation : request.mutations()) {
            mutations.computeIfAbsent(category(mutation), m -> new LongAdder()).increment();
        }
    }

    public void fail(String report) {
        if (failureCount.incrementAndGet() <= KEPT_FAILURES) {
            failures.add(report);
        }
    }

    /** A request whose connection was closed before any answer, then answered on a new connection. */
    public void dropped(String report) {
        dropped.add(report);
    }

    public int droppedCount() {
        return dropped.size();
    }

    public int failureCount() {
        return failureCount.get();
    }

    public long sent() {
        return sent.sum();
    }

    public String failures() {
        return String.join("\n", failures) + (failureCount.get() > KEPT_FAILURES
                ? "\n… and " + (failureCount.get() - KEPT_FAILURES) + " more" : "");
    }

    public String summary(long millis) {
        return String.format("%d requests in %.1f s (%.0f/s), %d failures, %d answered only on a new connection%s%n"
                        + "  by status: %s%n  by mutation: %s%n  by template: %s", sent(), millis / 1000.0,
                sent() * 1000.0 / Math.max(1, millis), failureCount.get(), dropped.size(),
                dropped.isEmpty() ? "" : "\n  " + String.join("\n  ", dropped), sorted(statuses), sorted(mutations),
                sorted(templates));
    }

    private static <K> String sorted(Map<K, LongAdder> counts) {
        return new TreeMap<>(counts).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().sum())
                .collect(Collectors.joining(", "));
    }

    /** The kind of a logged mutation: its {@link Mutator.Kind}, or the words before its value. */
    private static String category(String mutation) {
        for (Mutator.Kind kind : Mutator.Kind.values()) {
            if (mutation.contains(" " + kind + " ") || mutation.endsWith(" " + kind)) {
                return kind.toString();
            }
        }
        String[] words = mutation.split(" ");
        return words.length >= 2 && !words[0].startsWith("none") ? words[0] + " " + words[1].replaceAll("[=:].*", "")
                : words[0];
    }
}
