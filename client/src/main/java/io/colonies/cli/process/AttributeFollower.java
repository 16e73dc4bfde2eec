package io.colonies.cli.process;

import io.colonies.client.ProcessEvents;
import io.colonies.client.RequestInterruptedException;
import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import io.colonies.model.security.PrivateKey;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * Follows one process's attributes on the event stream until the process ends. The process is read
 * once the subscription is confirmed, so nothing added in between is missed; each attribute is then
 * printed once (by id). It is read again after a reconnect (events are not replayed) and when the
 * process ends, because attribute and state events travel separately and the last change may still
 * be on its way; the differences are printed as changes.
 */
public class AttributeFollower implements ProcessEvents.AttributeListener {
    /** Where the follower's output goes; called on the subscription's thread, one call at a time. */
    public interface Printer {
        /** The attributes at the first read. */
        void current(List<Attribute> attributes);

        void added(Attribute attribute);

        void removed(Attribute attribute);

        /** The process is in a new state (also the first one read). */
        void state(Process process);
    }

    private final String processId;
    private final Function<String, Process> reader;
    private final Printer printer;
    private final Map<String, Attribute> shown = new LinkedHashMap<>();
    /** Removed ids: a late "added" of one of them (the server delivers changes in parallel) is not news. */
    private final Set<String> gone = new HashSet<>();
    private final CountDownLatch done = new CountDownLatch(1);
    private boolean listed;
    private int lastState = Integer.MIN_VALUE;
    private Process ended;
    private RuntimeException failure;

    /** @param reader reads the process by id (getprocessmsg) */
    public AttributeFollower(String processId, Function<String, Process> reader, Printer printer) {
        this.processId = processId;
        this.reader = reader;
        this.printer = printer;
    }

    /**
     * Follows until the process ends or {@code limit} (zero: none) passes. {@code first} is the process
     * as read before; when it has ended already, its attributes are all there is to print.
     *
     * @return the ended process, or empty when the limit passed first
     * @throws RuntimeException the refusal of the stream or of a read, as thrown by the client
     */
    public Optional<Process> follow(Process first, ProcessEvents events, String colonyId, Duration limit,
                                    PrivateKey key) {
        if (States.isFinal(first.state)) {
            synchronized (this) {
                reconcile(first);
                finish(first);
            }
        } else {
            try (ProcessEvents.Subscription ignored = events.subscribeAttributes(colonyId, processId, limit, key, this)) {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RequestInterruptedException(e);
            }
        }
        synchronized (this) {
            if (ended == null && failure != null) {
                throw failure;
            }
            return Optional.ofNullable(ended);
        }
    }

    @Override
    public synchronized void onSubscribed(boolean reconnected) {
        if (isDone()) {
            return;
        }
        try {
            Process p = reader.apply(processId);
            reconcile(p);
            if (States.isFinal(p.state)) {
                finish(p);
            }
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public synchronized void onAdded(Attribute attribute) {
        if (isDone() || !listed || gone.contains(attribute.attributeid)
                || shown.containsKey(attribute.attributeid)) {
            return;
        }
        shown.put(attribute.attributeid, attribute);
        printer.added(attribute);
    }

    @Override
    public synchronized void onRemoved(String attributeId) {
        if (isDone()) {
            return;
        }
        gone.add(attributeId);
        Attribute removed = shown.remove(attributeId);
        // one never shown was removed before the first read: it is not in the listing either
        if (removed != null) {
            printer.removed(removed);
        }
    }

    @Override
    public synchronized void onProcess(Process process) {
        if (isDone()) {
            return;
        }
        if (!States.isFinal(process.state)) {
            noteState(process);
            return;
        }
        try {
            Process last = reader.apply(processId);
            reconcile(last);
            finish(States.isFinal(last.state) ? last : process);
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public synchronized void onEnded(RuntimeException error) {
        if (error != null && !isDone()) {
            failure = error;
        }
        done.countDown();
    }

    /** The first read is the listing; later reads print what changed since (in the read's order). */
    private void reconcile(Process p) {
        List<Attribute> now = p.attributes == null ? List.of() : p.attributes;
        if (!listed) {
            listed = true;
            now.forEach(a -> shown.put(a.attributeid, a));
            printer.current(now);
        } else {
            Set<String> present = new HashSet<>();
            for (Attribute a : now) {
                present.add(a.attributeid);
                if (!shown.containsKey(a.attributeid) && !gone.contains(a.attributeid)) {
                    shown.put(a.attributeid, a);
                    printer.added(a);
                }
            }
            for (String id : List.copyOf(shown.keySet())) {
                if (!present.contains(id)) {
                    onRemoved(id);
                }
            }
        }
        noteState(p);
    }

    private void noteState(Process p) {
        if (p.state != lastState) {
            lastState = p.state;
            printer.state(p);
        }
    }

    private void finish(Process p) {
        ended = p;
        done.countDown();
    }

    private void fail(RuntimeException e) {
        failure = e;
        done.countDown();
    }

    private boolean isDone() {
        return ended != null || failure != null;
    }
}
