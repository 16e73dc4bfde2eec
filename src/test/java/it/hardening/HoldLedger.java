package it.hardening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What the executors of {@link ChaosIT} saw, per process, with client-side times: each assignment they
 * received, each close the server accepted and each close it refused. From this and the final database
 * rows it tells whether a process was ever held by two executors at once.
 */
final class HoldLedger {
    enum Kind { ASSIGNED, CLOSED, REFUSED }

    /** One reply an executor got; {@code sent} and {@code received} are System.nanoTime() around the request. */
    record Event(Kind kind, String executor, long sent, long received, String detail) {
    }

    /** The final database row of a submitted process. */
    record Row(String processId, int state, String assignee, int retries) {
    }

    private final Map<String, List<Event>> byProcess = new ConcurrentHashMap<>();

    void record(String processId, Event event) {
        byProcess.computeIfAbsent(processId, id -> Collections.synchronizedList(new ArrayList<>())).add(event);
    }

    long count(Kind kind) {
        return events().filter(e -> e.kind() == kind).count();
    }

    /** Receive times of all accepted closes, sorted: the gaps show how long the work stalled. */
    List<Long> closeTimes() {
        return events().filter(e -> e.kind() == Kind.CLOSED).map(Event::received).sorted().toList();
    }

    /**
     * Everything that breaks "held by one executor at a time" for the processes of {@code rows}:
     * <ul>
     * <li>not exactly one executor had its close accepted, or it is not the row's assignee;</li>
     * <li>after the closer received its assignment, the process was handed to an executor again (while the
     *     closer still held it, or after it had finished);</li>
     * <li>a close was refused although the process was never re-queued (the refused executor was its
     *     only holder).</li>
     * </ul>
     */
    List<String> violations(Map<String, Row> rows, int successState) {
        List<String> found = new ArrayList<>();
        for (Row row : rows.values()) {
            List<Event> events;
            List<Event> recorded = byProcess.getOrDefault(row.processId(), List.of());
            synchronized (recorded) {
                events = new ArrayList<>(recorded);
            }
            events.sort(Comparator.comparingLong(Event::sent));
            String p = row.processId();
            if (row.state() != successState) {
                found.add(p + " ended in state " + row.state());
            }
            Set<String> closers = events.stream().filter(e -> e.kind() == Kind.CLOSED).map(Event::executor)
                    .collect(Collectors.toSet());
            if (closers.size() != 1 || !closers.contains(row.assignee())) {
                found.add(p + " closed by " + closers + ", assignee " + row.assignee());
                continue;
            }
            String closer = row.assignee();
            Event close = events.stream().filter(e -> e.kind() == Kind.CLOSED).findFirst().orElseThrow();
            Event held = events.stream()
                    .filter(e -> e.kind() == Kind.ASSIGNED && e.executor().equals(closer) && e.received() <= close.sent())
                    .reduce((first, second) -> second).orElse(null);
            if (held == null) {
                found.add(p + " closed by " + closer + " which was never assigned it");
                continue;
            }
            for (Event e : events) {
                if (e.kind() == Kind.ASSIGNED && e != held && e.sent() > held.received()) {
                    found.add(p + " assigned to " + e.executor() + " after " + closer
                            + " received it, and " + closer + " still closed it");
                }
                if (e.kind() == Kind.REFUSED && row.retries() == 0) {
                    found.add(p + " close by " + e.executor() + " refused (" + e.detail()
                            + ") although the process was never re-queued");
                }
            }
        }
        return found;
    }

    private java.util.stream.Stream<Event> events() {
        List<Event> all = new ArrayList<>();
        for (List<Event> list : byProcess.values()) {
            synchronized (list) {
                all.addAll(list);
            }
        }
        return all.stream();
    }
}
