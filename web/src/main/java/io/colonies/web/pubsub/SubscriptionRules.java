package io.colonies.web.pubsub;

import io.colonies.model.core.Process;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.security.Member;
import io.colonies.server.process.ProcessException;
import io.colonies.server.process.ProcessService;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import io.colonies.web.rpc.RpcException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who may subscribe to what (PROTOCOL §7.2), with subscriptions limited to the caller's colony. */
@ApplicationScoped
public class SubscriptionRules {
    @Inject
    ProcessService processes;

    @Inject
    Authorizer authorizer;

    /** The signer must be an executor approved in its own colony. */
    Member subscriber(Caller caller) {
        Member self = authorizer.memberOrNull(caller);
        if (self == null) {
            throw RpcException.forbidden("Failed to subscribe, executor not found");
        }
        return authorizer.requireMember(caller, self.colonyValue());
    }

    void requireMsgType(String msgtype, String expected, String what) {
        if (!expected.equals(msgtype)) {
            throw RpcException.forbidden("Failed to subscribe to " + what + ", msg.msgType does not match rpcMsg.PayloadType");
        }
    }

    Process subscribableProcess(Member subscriber, String processId) {
        Process p;
        try {
            p = processes.get(processId);
        } catch (RuntimeException unknown) {
            throw RpcException.forbidden("Invalid process with Id " + processId);
        }
        if (!p.spec.conditions.colonyid.equals(subscriber.colonyValue())) {
            throw new ProcessException(ErrorKind.FORBIDDEN, "Invalid process with Id " + processId);
        }
        return p;
    }
}
