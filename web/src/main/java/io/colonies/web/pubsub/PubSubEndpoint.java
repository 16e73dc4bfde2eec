package io.colonies.web.pubsub;

import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.RpcRequest;
import io.colonies.model.rpc.SubscribeMessages.SubscribeAttributes;
import io.colonies.model.rpc.SubscribeMessages.SubscribeProcess;
import io.colonies.model.rpc.SubscribeMessages.SubscribeProcesses;
import io.colonies.model.security.CryptoException;
import io.colonies.model.security.SignatureVerifier;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.security.Member;
import io.colonies.server.security.Caller;
import io.colonies.web.rpc.RpcException;
import io.colonies.web.transport.TransportSettings;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.JsonbException;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * {@code GET /pubsub}. Each text frame is a signed subscribe envelope; each valid one adds a
 * subscription to the connection, which is dropped (no close frame, as in the reference) when any of
 * its subscriptions expires. A refused frame drops it too (the reference leaves it open but dead).
 */
@ServerEndpoint("/pubsub")
public class PubSubEndpoint {
    private static final String PROCESSES = "subscribeprocessesmsg";
    private static final String PROCESS = "subscribeprocessmsg";
    private static final String ATTRIBUTES = "subscribeattributesmsg";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PubSubEndpoint.class.getName());

    // Endpoint instances are created by the WebSocket container, not by CDI, so look the beans up.
    private final Subscriptions subscriptions = CDI.current().select(Subscriptions.class).get();
    private final SubscriptionRules rules = CDI.current().select(SubscriptionRules.class).get();

    /** a frame over COLONIES_MAX_WS_MESSAGE_BYTES closes the connection (1009) unbuffered. */
    @OnOpen
    public void onOpen(Session session) {
        int limit = TransportSettings.fromConfig().maxWebSocketMessageBytes();
        session.setMaxTextMessageBufferSize(limit);
        session.setMaxBinaryMessageBufferSize(limit);
    }

    @OnMessage
    public void onMessage(Session session, String frame) {
        try {
            RpcRequest envelope = WireJson.fromClientJson(frame, RpcRequest.class);
            if (envelope == null || (!PROCESSES.equals(envelope.payloadtype) && !PROCESS.equals(envelope.payloadtype)
                    && !ATTRIBUTES.equals(envelope.payloadtype))) {
                return; // other payload types are ignored, as in the reference
            }
            Caller caller = new Caller(SignatureVerifier.recoverId(envelope.payload,
                    envelope.signature == null ? "" : envelope.signature));
            Member subscriber = rules.subscriber(caller);
            String json = WireJson.decodeBase64(envelope.payload);
            if (PROCESSES.equals(envelope.payloadtype)) {
                SubscribeProcesses m = parse(json, SubscribeProcesses.class);
                rules.requireMsgType(m.msgtype, PROCESSES, "processes");
                subscribe(session, new Subscription(session, subscriber.colonyValue(), m.executortype, m.state, null),
                        m.timeout);
            } else if (ATTRIBUTES.equals(envelope.payloadtype)) {
                SubscribeAttributes m = parse(json, SubscribeAttributes.class);
                rules.requireMsgType(m.msgtype, ATTRIBUTES, "attributes");
                rules.subscribableProcess(subscriber, m.processid);
                if (m.timeout <= 0) {
                    ConnectionAbort.abort(session);
                    return;
                }
                subscriptions.add(new AttributeSubscription(session, subscriber.colonyValue(), m.processid), m.timeout);
            } else {
                SubscribeProcess m = parse(json, SubscribeProcess.class);
                rules.requireMsgType(m.msgtype, PROCESS, "process");
                var current = rules.subscribableProcess(subscriber, m.processid);
                Subscription s = new Subscription(session, subscriber.colonyValue(), m.executortype, m.state, m.processid);
                if (current.state == m.state && m.executortype.equals(current.spec.conditions.executortype)) {
                    subscriptions.send(session, current);
                }
                subscribe(session, s, m.timeout);
            }
        } catch (CryptoException e) {
            fail(session, 403, e.getMessage());
        } catch (ColoniesException e) {
            fail(session, e.kind().status(), e.getMessage());
        } catch (JsonbException | IllegalArgumentException e) {
            fail(session, 400, "Invalid subscribe frame: " + e.getMessage());
        }
    }

    private static <T> T parse(String json, Class<T> type) {
        T message = json == null ? null : WireJson.fromClientJson(json, type);
        if (message == null) {
            throw RpcException.badRequest("Failed to subscribe, invalid JSON");
        }
        return message;
    }

    @OnClose
    public void onClose(Session session) {
        subscriptions.removeAll(session);
    }

    @OnError
    public void onError(Session session, Throwable failure) {
        subscriptions.removeAll(session);
    }

    private void subscribe(Session session, Subscription subscription, int timeoutSeconds) {
        if (timeoutSeconds <= 0) {
            ConnectionAbort.abort(session);
            return;
        }
        subscriptions.add(subscription, timeoutSeconds);
    }

    /**
     * A refused subscribe frame ends the connection without any frame, as an expiry does: a client
     * reading one frame must see a failure, not an answer (docs/subscriptions.md). The reason is logged.
     */
    private void fail(Session session, int status, String message) {
        LOG.info("Refused a /pubsub subscription (" + status + "): " + message);
        subscriptions.removeAll(session);
        ConnectionAbort.abort(session);
    }
}
