package io.colonies.web.pubsub;

import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.RpcRequest;
import io.colonies.model.rpc.SubscribeMessages.SubscribeProcess;
import io.colonies.model.rpc.SubscribeMessages.SubscribeProcesses;
import io.colonies.model.security.CryptoException;
import io.colonies.model.security.SignatureVerifier;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.security.Member;
import io.colonies.server.security.Caller;
import io.colonies.web.rpc.RpcException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.bind.JsonbException;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * {@code GET /pubsub}. Each text frame is a signed subscribe envelope; each valid one adds a
 * subscription to the connection, which closes when any of its subscriptions expires. Errors get an
 * error frame and close the connection (the reference leaves it open but dead).
 */
@ServerEndpoint("/pubsub")
public class PubSubEndpoint {
    private static final String PROCESSES = "subscribeprocessesmsg";
    private static final String PROCESS = "subscribeprocessmsg";

    // Endpoint instances are created by the WebSocket container, not by CDI, so look the beans up.
    private final Subscriptions subscriptions = CDI.current().select(Subscriptions.class).get();
    private final SubscriptionRules rules = CDI.current().select(SubscriptionRules.class).get();

    @OnMessage
    public void onMessage(Session session, String frame) {
        try {
            RpcRequest envelope = WireJson.fromJson(frame, RpcRequest.class);
            if (envelope == null || (!PROCESSES.equals(envelope.payloadtype) && !PROCESS.equals(envelope.payloadtype))) {
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
        T message = json == null ? null : WireJson.fromJson(json, type);
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
            Subscriptions.close(session, "subscription expired");
            return;
        }
        subscriptions.add(subscription, timeoutSeconds);
    }

    private void fail(Session session, int status, String message) {
        synchronized (session) {
            try {
                session.getBasicRemote().sendText(WireJson.toJson(Envelopes.failure(status, message)));
            } catch (java.io.IOException ignored) {
                // closing anyway
            }
        }
        subscriptions.removeAll(session);
        Subscriptions.close(session, "subscription refused");
    }
}
