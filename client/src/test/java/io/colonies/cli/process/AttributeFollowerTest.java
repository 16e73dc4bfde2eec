package io.colonies.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.client.ColoniesException;
import io.colonies.client.ProcessEvents;
import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The follower's bookkeeping, with a scripted stream and scripted reads: each attribute printed once,
 * removals only of what was shown, the difference after a reconnect and at the end.
 */
@Timeout(10)
class AttributeFollowerTest {
    private static final String PID = "p".repeat(64);
    private static final PrivateKey KEY = PrivateKey.generate();

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final Deque<Process> reads = new ArrayDeque<>();
    private final AttributeFollower.Printer printer = new AttributeFollower.Printer() {
        @Override
        public void current(List<Attribute> attributes) {
            printed.add("current " + attributes.stream().map(a -> a.key).collect(Collectors.joining(",")));
        }

        @Override
        public void added(Attribute attribute) {
            printed.add("+ " + attribute.key);
        }

        @Override
        public void removed(Attribute attribute) {
            printed.add("- " + attribute.key);
        }

        @Override
        public void state(Process process) {
            printed.add("state " + ProcessState.name(process.state));
        }
    };

    private final AttributeFollower follower = new AttributeFollower(PID, id -> {
        Process next = reads.poll();
        if (next == null) {
            throw new ColoniesException(500, "no more reads scripted");
        }
        return next;
    }, printer);

    private static Attribute attribute(String key) {
        Attribute a = new Attribute();
        a.attributeid = key + "-id";
        a.targetid = PID;
        a.key = key;
        a.value = key + "-value";
        return a;
    }

    private static Process process(int state, String... keys) {
        Process p = new Process();
        p.processid = PID;
        p.state = state;
        p.attributes = new ArrayList<>(Arrays.stream(keys).map(AttributeFollowerTest::attribute).toList());
        return p;
    }

    /** A stream that plays {@code script} against the listener on its own thread, as the real one does. */
    private static ProcessEvents scripted(Consumer<ProcessEvents.AttributeListener> script) {
        return new ProcessEvents(null) {
            @Override
            public Subscription subscribeAttributes(String colonyId, String processId, Duration timeout,
                                                    PrivateKey key, AttributeListener listener) {
                Thread t = new Thread(() -> script.accept(listener));
                t.start();
                return () -> { };
            }
        };
    }

    private Optional<Process> follow(Consumer<ProcessEvents.AttributeListener> script) {
        return follower.follow(process(ProcessState.RUNNING), scripted(script), "c", Duration.ZERO, KEY);
    }

    @Test
    void eachChangeIsPrintedOnceAndTheEndReadAddsWhatIsStillOnItsWay() {
        reads.add(process(ProcessState.RUNNING, "a", "b"));
        reads.add(process(ProcessState.SUCCESS, "b", "c", "d"));
        Optional<Process> ended = follow(l -> {
            l.onSubscribed(false);
            l.onAdded(attribute("b")); // added between subscribing and the read: already listed
            l.onAdded(attribute("c"));
            l.onRemoved("a-id");
            l.onRemoved("never-shown-id");
            l.onProcess(process(ProcessState.RUNNING));
            l.onProcess(process(ProcessState.SUCCESS)); // d's own event is still on its way
            l.onAdded(attribute("d"));
            l.onEnded(null);
        });
        assertEquals(ProcessState.SUCCESS, ended.orElseThrow().state);
        assertEquals(List.of("current a,b", "state RUNNING", "+ c", "- a", "+ d", "state SUCCESS"), printed);
    }

    @Test
    void aReconnectPrintsWhatChangedWhileDisconnected() {
        reads.add(process(ProcessState.RUNNING, "a"));
        reads.add(process(ProcessState.RUNNING, "b"));
        reads.add(process(ProcessState.FAILED, "b"));
        Optional<Process> ended = follow(l -> {
            l.onSubscribed(false);
            l.onSubscribed(true);
            l.onProcess(process(ProcessState.FAILED));
        });
        assertEquals(ProcessState.FAILED, ended.orElseThrow().state);
        assertEquals(List.of("current a", "state RUNNING", "+ b", "- a", "state FAILED"), printed);
    }

    @Test
    void anAddedEventArrivingAfterItsRemovalIsNotNews() {
        reads.add(process(ProcessState.RUNNING));
        Optional<Process> ended = follow(l -> {
            l.onSubscribed(false);
            l.onRemoved("e-id");
            l.onAdded(attribute("e"));
            l.onEnded(null); // the time limit passed
        });
        assertTrue(ended.isEmpty());
        assertEquals(List.of("current ", "state RUNNING"), printed);
    }

    @Test
    void aProcessThatHasEndedIsListedWithoutSubscribing() {
        Process done = process(ProcessState.CANCELLED, "a");
        Optional<Process> ended = follower.follow(done, null, "c", Duration.ZERO, KEY);
        assertSame(done, ended.orElseThrow());
        assertEquals(List.of("current a", "state CANCELLED"), printed);
    }

    @Test
    void aRefusedStreamOrAFailedReadEndsTheFollowWithTheError() {
        ColoniesException refused = new ColoniesException(403, "Access denied");
        assertSame(refused, assertThrows(ColoniesException.class, () -> follow(l -> l.onEnded(refused))));

        AttributeFollower other = new AttributeFollower(PID, id -> {
            throw new ColoniesException(404, "gone");
        }, printer);
        ColoniesException e = assertThrows(ColoniesException.class, () -> other.follow(process(ProcessState.RUNNING),
                scripted(l -> l.onSubscribed(false)), "c", Duration.ZERO, KEY));
        assertEquals("gone", e.getMessage());
        assertEquals(List.of(), printed);
    }
}
