package io.colonies.server.cluster;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;

/** Errors of the cluster domain. */
public class ClusterException extends ColoniesException {
    public ClusterException(ErrorKind kind, String message) {
        super(kind, message);
    }

    @Override
    public String domain() {
        return "cluster";
    }
}
