package io.colonies.client;

import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.ExecutorMessages;
import io.colonies.model.rpc.Message;
import io.colonies.model.security.PrivateKey;
import jakarta.json.bind.JsonbException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The plumbing shared by the call families: filling a message, sending it, reading the reply. */
final class Replies {
    /** Extra time beyond a long-poll's own timeout before the HTTP request itself gives up. */
    static final Duration LONG_POLL_MARGIN = Duration.ofSeconds(30);

    private Replies() {
    }

    static <T> T call(RpcTransport rpc, Message message, PrivateKey key, Class<T> type) {
        return parse(rpc.call(message, key), type);
    }

    /** The reference answers {@code null} for empty lists (§1.3); callers always get a list. */
    static <T> List<T> callList(RpcTransport rpc, Message message, PrivateKey key, Class<T> element) {
        String json = rpc.call(message, key);
        try {
            List<T> list = WireJson.fromJson(json, JsonTypes.listOf(element));
            return list == null ? new ArrayList<>() : list;
        } catch (JsonbException e) {
            throw unexpected(json, e);
        }
    }

    static <T> T parse(String json, Class<T> type) {
        try {
            return WireJson.fromJson(json, type);
        } catch (JsonbException e) {
            throw unexpected(json, e);
        }
    }

    /** A success reply we cannot read means client and server disagree on the protocol. */
    private static ColoniesException unexpected(String json, JsonbException e) {
        String shown = json.length() > 200 ? json.substring(0, 200) + "..." : json;
        return new ColoniesException(0, "Cannot read the server's reply: " + shown);
    }

    static <M extends ExecutorMessages.ExecutorRef> M executorRef(M message, String executorId) {
        message.executorid = executorId;
        return message;
    }

    static <M extends Message> M with(M message, Consumer<M> init) {
        init.accept(message);
        return message;
    }
}
