package io.colonies.web.rpc;

import io.colonies.web.error.ErrorCauses;
import io.colonies.model.rpc.Envelopes;
import io.colonies.server.db.TransientFaults;
import io.colonies.server.error.ColoniesException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one mapping from exceptions to RPC error envelopes. Domain errors keep their message and
 * status; anything unexpected is logged with an incident id and answered without internals.
 */
@ApplicationScoped
public class RpcErrors {
    private static final Logger LOG = Logger.getLogger(RpcErrors.class.getName());

    public RpcResult toResult(Throwable failure) {
        ColoniesException known = ErrorCauses.domainCause(failure);
        if (known != null) {
            return new RpcResult(known.kind().status(), Envelopes.failure(known.kind().status(), known.getMessage()));
        }
        // a lost database connection is worth a retry, not an incident
        if (TransientFaults.isTransient(failure)) {
            LOG.log(Level.WARNING, "Transient database fault answered 503", failure);
            return new RpcResult(503, Envelopes.failure(503, "Database temporarily unavailable, retry shortly"));
        }
        String incident = UUID.randomUUID().toString();
        Throwable logged = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, logged);
        return new RpcResult(500, Envelopes.failure(500, "Internal server error, incident " + incident));
    }
}
