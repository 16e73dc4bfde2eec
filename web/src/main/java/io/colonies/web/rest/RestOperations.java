package io.colonies.web.rest;

import io.colonies.model.rpc.Message;
import io.colonies.server.security.Member;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import io.colonies.web.rpc.Operation;
import io.colonies.web.rpc.Operations;
import io.colonies.web.rpc.Replies;
import io.colonies.web.rpc.RpcFamily;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The bridge that keeps REST and RPC one system: a REST resource expresses its request as the RPC
 * message of the same operation and runs it through the operation table the RPC families register,
 * so both APIs share every role check (the operation's {@code Access}) and every use-case call.
 */
@ApplicationScoped
public class RestOperations {
    @Inject
    Instance<RpcFamily> families;

    @Inject
    Authorizer authorizer;

    private final Operations table = new Operations();

    @PostConstruct
    void init() {
        families.forEach(family -> family.register(table));
    }

    /** Checks the operation's role for the caller; returns the calling executor for membership roles. */
    public <M extends Message> Member authorize(Caller caller, M message) {
        Operation<M> op = operation(message);
        if (op.access() == null) {
            // Its use case checks the role; an adapter-side check would be a second, divergent one.
            throw new IllegalStateException(message.msgtype + " checks its role in its use case; call that");
        }
        return op.access().check(authorizer, caller, message);
    }

    /** Checks the role and runs the operation; null for operations without a result. */
    public <M extends Message> Object call(Caller caller, M message) {
        Operation<M> op = operation(message);
        Member member = op.access() == null ? null : op.access().check(authorizer, caller, message);
        Object value = op.handler().handle(new Operation.Request<>(caller, message, member));
        return value == Replies.EMPTY ? null : value;
    }

    /** {@link #call} for operations whose result has a known type. */
    public <M extends Message, T> T call(Caller caller, M message, Class<T> resultType) {
        return resultType.cast(call(caller, message));
    }

    @SuppressWarnings("unchecked")
    private <M extends Message> Operation<M> operation(M message) {
        Operation<?> op = table.find(message.msgtype);
        if (op == null || !op.payloadClass().isInstance(message)) {
            throw new IllegalStateException("no RPC operation for " + message.msgtype);
        }
        return (Operation<M>) op;
    }
}
