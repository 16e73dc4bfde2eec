package io.colonies.server.process;

import io.colonies.model.core.Process;
import io.colonies.server.cluster.ProcessEvents;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Test doubles that record what the code under test announces, or hand it to a real observer. */
public final class Recorded {
    private Recorded() {
    }

    /** Process events as published (the real one would pg_notify). */
    public static final class Events extends ProcessEvents {
        public final List<String> published = new CopyOnWriteArrayList<>();

        @Override
        public void publish(Process p) {
            published.add(p.processid + ":" + p.state);
        }

        @Override
        public void publish(int state, String colonyId, String executorType, String processId, boolean targeted) {
            published.add(processId + ":" + state);
        }
    }

    /** A synchronous CDI event whose observers are plain consumers, run in the firing thread. */
    public static final class SyncEvent<T> implements Event<T> {
        public final List<T> fired = new CopyOnWriteArrayList<>();
        private final List<Consumer<T>> observers;

        @SafeVarargs
        public SyncEvent(Consumer<T>... observers) {
            this.observers = List.of(observers);
        }

        @Override
        public void fire(T event) {
            fired.add(event);
            observers.forEach(o -> o.accept(event));
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
