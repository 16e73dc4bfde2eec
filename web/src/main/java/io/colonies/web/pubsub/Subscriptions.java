package io.colonies.web.pubsub;

import io.colonies.model.core.Process;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
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
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Live subscriptions of this replica, fed through the {@link ProcessEventFanOut} they share with the
 * SSE streams.
 */
@ApplicationScoped
public class Subscriptions {
    /** Frames carry this payload type for both subscription kinds (PROTOCOL §7.3). */
    static final String EVENT_TYPE = "subscribeprocessmsg";
    /** Frames of attribute subscriptions carry their own payload type. */
    static final String ATTRIBUTE_EVENT_TYPE = "subscribeattributesmsg";
    private static final Logger LOG = Logger.getLogger(Subscriptions.class.getName());

    @Inject
    ProcessEventBus bus;

    @Inject
    AttributeEventBus attributeBus;

    @Inject
    ProcessService processes;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final List<Subscription> active = new CopyOnWriteArrayList<>();
    private final List<AttributeSubscription> attributeSubscriptions = new CopyOnWriteArrayList<>();
    private Runnable unsubscribe = () -> { };
    private Runnable unsubscribeAttributes = () -> { };

    /** Subscriptions open on this replica, for monitoring. */
    public int openCount() {
        return active.size() + attributeSubscriptions.size();
    }

    /** Subscribing to the bus at start-up, not at first use, so no event is missed. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        // touching the bean is enough; @PostConstruct does the work
    }

    @PostConstruct
    void init() {
        ProcessEventFanOut<Subscription> fanOut = new ProcessEventFanOut<>(active, processes::get, executor,
                (event, snapshot) -> {
                    String frame = frame(snapshot);
                    return subscription -> send(subscription.session(), frame);
                }, LOG, "the WebSocket subscriptions");
        unsubscribe = bus.subscribe(fanOut::accept);
        AttributeEventFanOut<AttributeSubscription> attributes = new AttributeEventFanOut<>(attributeSubscriptions,
                processes::attribute, executor, event -> {
                    String frame = WireJson.toJson(Envelopes.success(ATTRIBUTE_EVENT_TYPE, WireJson.toJson(event)));
                    return subscription -> send(subscription.session(), frame);
                }, LOG, "the WebSocket attribute subscriptions");
        unsubscribeAttributes = attributeBus.subscribe(attributes::accept);
    }

    @PreDestroy
    void stop() {
        unsubscribe.run();
        unsubscribeAttributes.run();
    }

    /** The whole connection is dropped when the subscription expires (PROTOCOL §7.4). */
    void add(Subscription subscription, int timeoutSeconds) {
        active.add(subscription);
        expireAfter(subscription.session(), timeoutSeconds);
    }

    /** Attribute subscriptions expire the same way. */
    void add(AttributeSubscription subscription, int timeoutSeconds) {
        attributeSubscriptions.add(subscription);
        expireAfter(subscription.session(), timeoutSeconds);
    }

    private void expireAfter(Session session, int timeoutSeconds) {
        scheduler.schedule(() -> {
            removeAll(session);
            ConnectionAbort.abort(session); // no close frame, as the reference
        }, timeoutSeconds, TimeUnit.SECONDS);
    }

    void removeAll(Session session) {
        active.removeIf(s -> s.session().equals(session));
        attributeSubscriptions.removeIf(s -> s.session().equals(session));
    }

    /** Sends the current snapshot of the process, labelled with the state of the event. */
    void send(Session session, Process process) {
        send(session, frame(process));
    }

    private static String frame(Process process) {
        return WireJson.toJson(Envelopes.success(EVENT_TYPE, WireJson.toJson(process)));
    }

    private void send(Session session, String frame) {
        synchronized (session) {
            try {
                if (session.isOpen()) {
                    session.getBasicRemote().sendText(frame);
                }
            } catch (IOException e) {
                // A failed write ends the connection, as in the reference.
                close(session, "write failed");
            }
        }
    }

    static void close(Session session, String why) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, why));
        } catch (IOException ignored) {
            // already gone
        }
    }
}
