package io.colonies.web.pubsub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.server.db.DatabaseException;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.process.ProcessException;
import org.junit.jupiter.api.Test;

class SubscriptionRulesTest {
    @Test
    void whatIsFoundIsReturned() {
        assertEquals("colony", SubscriptionRules.lookup(() -> "colony", "forbidden"));
    }

    @Test
    void aMissingExecutorOrProcessIsForbidden() {
        ColoniesException e = assertThrows(ColoniesException.class, () -> SubscriptionRules.lookup(() -> {
            throw new ProcessException(ErrorKind.NOT_FOUND, "Process with Id p does not exist");
        }, "Invalid process with Id p"));
        assertEquals(ErrorKind.FORBIDDEN, e.kind());
        assertEquals("Invalid process with Id p", e.getMessage());
    }

    @Test
    void aDatabaseOutageIsAnInternalErrorNotForbidden() {
        ColoniesException e = assertThrows(ColoniesException.class, () -> SubscriptionRules.lookup(() -> {
            throw new IllegalStateException("Connection refused: 127.0.0.1:5432");
        }, "Failed to subscribe, executor not found"));
        assertEquals(ErrorKind.INTERNAL, e.kind());
        assertTrue(e.getMessage().contains("incident"), e.getMessage());
        assertFalse(e.getMessage().contains("5432"), "no internals reach the client: " + e.getMessage());
    }

    @Test
    void anInternalDomainErrorStaysInternal() {
        DatabaseException down = new DatabaseException(ErrorKind.INTERNAL, "Database error (incident 1), see the server log");
        assertSame(down, assertThrows(ColoniesException.class, () -> SubscriptionRules.lookup(() -> {
            throw down;
        }, "forbidden")));
    }

    @Test
    void aRoleRefusalKeepsItsOwnMessageAndAnOutageDuringTheRoleCheckIsInternal() {
        ColoniesException refused = new ProcessException(ErrorKind.FORBIDDEN, "Access denied, not a member of colony c");
        assertSame(refused, assertThrows(ColoniesException.class, () -> SubscriptionRules.guarded(() -> {
            throw refused;
        })));
        ColoniesException outage = assertThrows(ColoniesException.class, () -> SubscriptionRules.guarded(() -> {
            throw new jakarta.ejb.EJBException("connection lost");
        }));
        assertEquals(ErrorKind.INTERNAL, outage.kind());
    }
}
