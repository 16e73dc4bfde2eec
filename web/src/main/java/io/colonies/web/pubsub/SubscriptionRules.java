package io.colonies.web.pubsub;

import io.colonies.model.core.Process;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.security.Member;
import io.colonies.server.process.ProcessException;
import io.colonies.server.process.ProcessService;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import io.colonies.web.rpc.RpcException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Who may subscribe to what (PROTOCOL §7.2), with subscriptions limited to the caller's colony. */
@ApplicationScoped
public class SubscriptionRules {
    private static final Logger LOG = Logger.getLogger(SubscriptionRules.class.getName());

    @Inject
    ProcessService processes;

    @Inject
    Authorizer authorizer;

    /** The signer must be an executor approved in its own colony. */
    Member subscriber(Caller caller) {
        Member self = guarded(() -> authorizer.memberOrNull(caller));
        if (self == null) {
            throw RpcException.forbidden("Failed to subscribe, executor not found");
        }
        return guarded(() -> authorizer.requireMember(caller, self.colonyValue()));
    }

    void requireMsgType(String msgtype, String expected, String what) {
        if (!expected.equals(msgtype)) {
            throw RpcException.forbidden("Failed to subscribe to " + what + ", msg.msgType does not match rpcMsg.PayloadType");
        }
    }

    Process subscribableProcess(Member subscriber, String processId) {
        Process p = lookup(() -> processes.get(processId), "Invalid process with Id " + processId);
        if (!p.spec.conditions.colonyid.equals(subscriber.colonyValue())) {
            throw new ProcessException(ErrorKind.FORBIDDEN, "Invalid process with Id " + processId);
        }
        return p;
    }

    /**
     * Reads what a subscription needs. A domain refusal (not found, invalid) is the protocol's 403; an
     * internal failure (the database is down) is not, see {@link #guarded}.
     */
    static <T> T lookup(Supplier<T> read, String forbidden) {
        return guarded(() -> {
            try {
                return read.get();
            } catch (ColoniesException refused) {
                if (refused.kind() == ErrorKind.INTERNAL) {
                    throw refused;
                }
                throw RpcException.forbidden(forbidden);
            }
        });
    }

    /**
     * Runs a check, keeping domain errors as they are and turning anything unexpected (a lost database
     * connection surfacing as an EJB or persistence exception) into an internal error with an incident
     * id: telling a member "forbidden" during an outage would be a lie.
     */
    static <T> T guarded(Supplier<T> check) {
        try {
            return check.get();
        } catch (ColoniesException known) {
            throw known;
        } catch (RuntimeException failure) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.WARNING, "Subscription check failed, incident " + incident, failure);
            throw new RpcException(ErrorKind.INTERNAL,
                    "Failed to subscribe, the server could not check the subscription (incident " + incident + ")");
        }
    }
}
