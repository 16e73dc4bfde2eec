package io.colonies.web.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import io.colonies.server.cluster.ProcessEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ProcessEventFanOutTest {
    private static final int RUNNING = 1;
    private static final int SUCCESS = 2;

    /** A listener of one colony that records the states it was sent. */
    record Listener(String colonyId, List<String> received) implements ProcessEventFilter {
        Listener(String colonyId) {
            this(colonyId, new ArrayList<>());
        }

        @Override
        public boolean matches(ProcessEvent event) {
            return colonyId.equals(event.colonyId());
        }
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger deliveries = new AtomicInteger();
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Logger log = Logger.getAnonymousLogger();
    private final Map<String, Process> stored = Map.of("p1", process("p1", RUNNING));

    ProcessEventFanOutTest() {
        log.setUseParentHandlers(false);
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    private ProcessEventFanOut<Listener> fanOut(java.util.concurrent.Executor executor) {
        return new ProcessEventFanOut<>(listeners, id -> {
            reads.incrementAndGet();
            Process p = stored.get(id);
            if (p == null) {
                throw new NoSuchElementException("Process with Id " + id + " does not exist");
            }
            return p;
        }, executor, (event, snapshot) -> {
            deliveries.incrementAndGet();
            String label = snapshot.processid + "@" + snapshot.state;
            return listener -> listener.received().add(label);
        }, log, "the tests");
    }

    @Test
    void eachMatchingListenerGetsTheSnapshotLabelledWithTheEventState() {
        Listener a = new Listener("colony-a");
        Listener a2 = new Listener("colony-a");
        Listener b = new Listener("colony-b");
        listeners.addAll(List.of(a, a2, b));

        fanOut(Runnable::run).accept(new ProcessEvent(SUCCESS, "colony-a", "cli", "p1", false));

        assertEquals(List.of("p1@" + SUCCESS), a.received());
        assertEquals(List.of("p1@" + SUCCESS), a2.received());
        assertEquals(List.of(), b.received());
        assertEquals(1, reads.get(), "the process is read once per event, not once per listener");
        assertEquals(1, deliveries.get(), "the frame is prepared once per event");
        assertTrue(warnings.isEmpty());
    }

    @Test
    void nothingIsReadWhenNobodyListens() {
        listeners.add(new Listener("colony-b"));
        List<Runnable> scheduled = new ArrayList<>();
        fanOut(scheduled::add).accept(new ProcessEvent(SUCCESS, "colony-a", "cli", "p1", false));
        assertTrue(scheduled.isEmpty());
        assertEquals(0, reads.get());
    }

    @Test
    void anEventWhoseProcessIsGoneIsDroppedAndReportedAtWarning() {
        Listener a = new Listener("colony-a");
        listeners.add(a);
        fanOut(Runnable::run).accept(new ProcessEvent(SUCCESS, "colony-a", "cli", "deleted", false));
        assertEquals(List.of(), a.received());
        assertEquals(1, warnings.size());
        assertEquals(Level.WARNING, warnings.get(0).getLevel());
        assertTrue(warnings.get(0).getMessage().contains("1 process event(s) dropped in the tests"),
                warnings.get(0).getMessage());
    }

    @Test
    void anEventTheExecutorRefusesIsDroppedAndReported() {
        listeners.add(new Listener("colony-a"));
        fanOut(task -> {
            throw new RejectedExecutionException("saturated");
        }).accept(new ProcessEvent(SUCCESS, "colony-a", "cli", "p1", false));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).getMessage().contains("refused"), warnings.get(0).getMessage());
    }

    private static Process process(String id, int state) {
        Process p = new Process();
        p.processid = id;
        p.state = state;
        return p;
    }
}
