package io.colonies.web.rest.process;

import io.colonies.model.core.ProcessState;
import io.colonies.model.json.WireJson;
import io.colonies.server.cluster.AttributeEventBus;
import io.colonies.server.cluster.ProcessEventBus;
import io.colonies.server.process.ProcessService;
import io.colonies.web.events.AttributeEventFanOut;
import io.colonies.web.events.ProcessEventFanOut;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Open SSE streams of this replica, fed by the same process events as the WebSocket subscriptions
 * (from every replica, through PostgreSQL) and through the same {@link ProcessEventFanOut}.
 */
@ApplicationScoped
public class EventStreams {
    private static final Logger LOG = Logger.getLogger(EventStreams.class.getName());
    /** Attribute events are named attribute-added and attribute-removed. */
    static final String ATTRIBUTE_EVENT_PREFIX = "attribute-";

    @Inject
    ProcessEventBus bus;

    @Inject
    AttributeEventBus attributeBus;

    @Inject
    ProcessService processes;

    @Inject
    StreamSettings settings;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final List<EventStream> open = new CopyOnWriteArrayList<>();
    private Runnable unsubscribe = () -> { };
    private Runnable unsubscribeAttributes = () -> { };
    private ScheduledFuture<?> keepAlive;

    /** Streams open on this replica, for monitoring. */
    public int openCount() {
        return open.size();
    }

    /** Subscribing at start-up, not at the first stream, so the first stream misses nothing. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // touching the bean is enough; @PostConstruct does the work
    }

    @PostConstruct
    void init() {
        ProcessEventFanOut<EventStream> fanOut = new ProcessEventFanOut<>(open, processes::get, executor,
                (event, snapshot) -> {
                    String json = WireJson.toJson(snapshot);
                    return stream -> send(stream, stream.sse().newEventBuilder()
                            .name(ProcessState.name(event.state()).toLowerCase(Locale.ROOT))
                            .id(event.processId())
                            .mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(String.class, json)
                            .build());
                }, LOG, "the SSE event streams");
        unsubscribe = bus.subscribe(fanOut::accept);
        AttributeEventFanOut<EventStream> attributes = new AttributeEventFanOut<>(open, processes::attribute,
                executor, event -> {
                    String json = WireJson.toJson(event);
                    return stream -> send(stream, stream.sse().newEventBuilder()
                            .name(ATTRIBUTE_EVENT_PREFIX + event.change)
                            .id(event.attribute.attributeid)
                            .mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(String.class, json)
                            .build());
                }, LOG, "the SSE attribute streams");
        unsubscribeAttributes = attributeBus.subscribe(attributes::accept);
        int period = settings.keepAliveSeconds();
        keepAlive = scheduler.scheduleAtFixedRate(this::keepAlive, period, period, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        unsubscribe.run();
        unsubscribeAttributes.run();
        keepAlive.cancel(false);
        open.forEach(s -> s.sink().close());
        open.clear();
    }

    /** Registers the stream and tells the client so, which also sends the response headers. */
    void add(EventStream stream) {
        open.add(stream);
        send(stream, stream.sse().newEventBuilder().comment("subscribed").build());
    }

    private void keepAlive() {
        for (EventStream s : open) {
            send(s, s.sse().newEventBuilder().comment("keep-alive").build());
        }
    }

    private void send(EventStream stream, OutboundSseEvent event) {
        if (stream.sink().isClosed()) {
            open.remove(stream);
            return;
        }
        try {
            stream.sink().send(event).whenComplete((ok, failure) -> {
                if (failure != null) {
                    close(stream);
                }
            });
        } catch (RuntimeException failed) {
            close(stream);
        }
    }

    private void close(EventStream stream) {
        open.remove(stream);
        try {
            stream.sink().close();
        } catch (RuntimeException ignored) {
            // already gone
        }
    }
}
