package io.colonies.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.server.error.ErrorKind;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which database faults a client should retry (issue 14, finding 6). */
class TransientFaultsTest {

    @Test
    void connectionLossAndServerShutdownAreTransient() {
        for (String state : new String[] {"08000", "08003", "08006", "08001", "57P01", "57P02", "57P03", "53300"}) {
            assertTrue(TransientFaults.isTransient(new SQLException("x", state)), state);
        }
    }

    @Test
    void aPoolWaitTimeoutIsTransient() {
        assertTrue(TransientFaults.isTransient(new SQLTransientConnectionException("no connection within 30 s")));
    }

    @Test
    void aTransientFaultIsFoundInsideWrappers() {
        RuntimeException wrapped = new RuntimeException("EJB", new IllegalStateException("JPA",
                new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(TransientFaults.isTransient(wrapped));
        SQLException batch = new SQLException("batch", "XX000");
        batch.setNextException(new SQLException("lost", "08006"));
        assertTrue(TransientFaults.isTransient(batch));
    }

    @Test
    void dataAndProgrammingErrorsAreNot() {
        for (String state : new String[] {"23505", "22P05", "42P01", "54000", "XX000"}) {
            assertFalse(TransientFaults.isTransient(new SQLException("x", state)), state);
        }
        assertFalse(TransientFaults.isTransient(new SQLException("no state")));
        assertFalse(TransientFaults.isTransient(new IllegalStateException("not SQL")));
        assertFalse(TransientFaults.isTransient(null));
    }

    @Test
    void sqlMapsATransientFaultToUnavailable() {
        assertEquals(ErrorKind.UNAVAILABLE, Sql.failure("SELECT 1", new SQLException("gone", "57P01")).kind());
        assertEquals(503, ErrorKind.UNAVAILABLE.status());
        assertEquals(ErrorKind.INTERNAL, Sql.failure("SELECT 1", new SQLException("bad", "42P01")).kind());
        assertEquals(ErrorKind.CONFLICT, Sql.failure("INSERT", new SQLException("dup", "23505")).kind());
    }
}
