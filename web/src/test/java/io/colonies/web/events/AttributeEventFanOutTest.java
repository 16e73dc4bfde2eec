package io.colonies.web.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Attribute;
import io.colonies.server.cluster.AttributeChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class AttributeEventFanOutTest {
    /** A subscriber of one process that records what it was sent. */
    record Listener(String colonyId, String processId, List<AttributeEvent> received) implements AttributeEventFilter {
        Listener(String colonyId, String processId) {
            this(colonyId, processId, new ArrayList<>());
        }
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();

    private AttributeEventFanOut<Listener> fanOut() {
        return new AttributeEventFanOut<>(listeners, id -> {
            reads.incrementAndGet();
            if (!"a1".equals(id)) {
                return null;
            }
            Attribute a = new Attribute();
            a.attributeid = "a1";
            a.targetid = "p1";
            a.key = "progress";
            a.value = "50%";
            return a;
        }, Runnable::run, event -> listener -> listener.received().add(event), Logger.getAnonymousLogger(), "test");
    }

    @Test
    void anAddedAttributeIsReadOnceAndReachesOnlyTheSubscribersOfItsProcess() {
        Listener mine = new Listener("c1", "p1");
        Listener alsoMine = new Listener("c1", "p1");
        Listener otherProcess = new Listener("c1", "p2");
        Listener otherColony = new Listener("c2", "p1");
        listeners.addAll(List.of(mine, alsoMine, otherProcess, otherColony));

        fanOut().accept(AttributeChanged.added("c1", "p1", "a1"));

        assertEquals(1, reads.get(), "read once for all subscribers");
        assertEquals(1, mine.received().size());
        assertEquals("added", mine.received().get(0).change);
        assertEquals("50%", mine.received().get(0).attribute.value);
        assertEquals(1, alsoMine.received().size());
        assertTrue(otherProcess.received().isEmpty());
        assertTrue(otherColony.received().isEmpty());
    }

    @Test
    void aRemovedAttributeIsSentAsItsIdsWithoutAReadAndNothingIsReadWithoutSubscribers() {
        AttributeEventFanOut<Listener> fanOut = fanOut();
        fanOut.accept(AttributeChanged.added("c1", "p1", "a1"));
        assertEquals(0, reads.get(), "nobody listens, nothing is read");

        Listener mine = new Listener("c1", "p1");
        listeners.add(mine);
        fanOut.accept(AttributeChanged.removed("c1", "p1", "gone"));
        assertEquals(0, reads.get());
        AttributeEvent event = mine.received().get(0);
        assertEquals("removed", event.change);
        assertEquals("gone", event.attribute.attributeid);
        assertEquals("p1", event.attribute.targetid);
        assertEquals("c1", event.attribute.targetcolonyid);
    }

    @Test
    void theChangeSurvivesTheNotifyPayload() {
        AttributeChanged changed = AttributeChanged.removed("c1", "p1", "a1");
        assertEquals(changed, AttributeChanged.decode(changed.encode()));
    }
}
