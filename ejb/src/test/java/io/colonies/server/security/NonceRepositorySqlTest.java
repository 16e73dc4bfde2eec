package io.colonies.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.server.db.Sql;
import io.colonies.server.db.TestDatabase;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The nonce table against PostgreSQL: one INSERT decides "first use" for every replica. */
class NonceRepositorySqlTest {
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perTestClass();
    private static NonceRepository nonces;

    @BeforeAll
    static void database() {
        nonces = new NonceRepository();
        nonces.sql = new Sql(db.autoCommit());
    }

    @Test
    void aLiveNonceIsTakenOncePerCaller() {
        String nonce = UUID.randomUUID().toString();
        assertTrue(nonces.take("caller-a", nonce, NOW.plusSeconds(300), NOW));
        assertFalse(nonces.take("caller-a", nonce, NOW.plusSeconds(310), NOW.plusSeconds(10)), "a replay");
        assertTrue(nonces.take("caller-b", nonce, NOW.plusSeconds(300), NOW), "another caller's nonce space");
    }

    @Test
    void anExpiredLeftoverDoesNotRefuseANewRequest() {
        String nonce = UUID.randomUUID().toString();
        assertTrue(nonces.take("caller-a", nonce, NOW.plusSeconds(300), NOW));
        assertTrue(nonces.take("caller-a", nonce, NOW.plusSeconds(900), NOW.plusSeconds(600)));
        assertFalse(nonces.take("caller-a", nonce, NOW.plusSeconds(900), NOW.plusSeconds(601)));
    }

    @Test
    void purgeDeletesOnlyExpiredRows() {
        String live = UUID.randomUUID().toString();
        String old = UUID.randomUUID().toString();
        nonces.take("caller-p", old, NOW.minusSeconds(1), NOW.minusSeconds(301));
        nonces.take("caller-p", live, NOW.plusSeconds(300), NOW);
        assertTrue(nonces.purge(NOW) >= 1);
        Sql sql = new Sql(db.autoCommit());
        assertEquals(0, sql.count("SELECT count(*) FROM request_nonces WHERE nonce = ?", old));
        assertEquals(1, sql.count("SELECT count(*) FROM request_nonces WHERE nonce = ?", live));
    }
}
