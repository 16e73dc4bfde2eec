package io.colonies.server.db;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database fault a client should simply retry (the connection was lost, the server is
 * restarting or full, the pool had no connection in time) from one that will fail again. Transient
 * faults become 503 with Retry-After on both protocols (issue 14, finding 6).
 */
public final class TransientFaults {
    /** Retry-After, in seconds, sent with every 503: the pool replaces dead connections in well under this. */
    public static final int RETRY_AFTER_SECONDS = 1;

    /** Class 08 is connection exceptions; the rest are PostgreSQL's "try again later" codes. */
    private static final String CONNECTION_CLASS = "08";
    private static final Set<String> TRANSIENT_STATES = Set.of(
            "57P01", // admin_shutdown (pg_terminate_backend, a fast shutdown)
            "57P02", // crash_shutdown
            "57P03", // cannot_connect_now (starting up, recovering)
            "53300", // too_many_connections
            "53000", // insufficient_resources
            "40001", // serialization_failure
            "40P01", // deadlock_detected
            "55P03"); // lock_not_available

    private TransientFaults() {
    }

    /** True when some SQL failure in the cause chain is transient. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && isTransient(sql)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static boolean isTransient(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            // Liberty's pool reports a wait timeout as SQLTransientConnectionException, a stale connection as 08xxx.
            if (s instanceof SQLTransientConnectionException || s instanceof SQLRecoverableException) {
                return true;
            }
            String state = s.getSQLState();
            if (state != null && (state.startsWith(CONNECTION_CLASS) || TRANSIENT_STATES.contains(state))) {
                return true;
            }
            if (s.getNextException() == s) {
                break;
            }
        }
        return false;
    }
}
