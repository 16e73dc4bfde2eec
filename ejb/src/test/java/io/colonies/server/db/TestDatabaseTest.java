package io.colonies.server.db;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class TestDatabaseTest {
    private final SQLException refused = new SQLException("Connection refused");

    @Test
    void aMissingDatabaseFailsInCi() {
        assertThrows(IllegalStateException.class, () -> TestDatabase.unreachable(refused, "true"));
        assertThrows(IllegalStateException.class, () -> TestDatabase.unreachable(refused, "TRUE"));
    }

    @Test
    void aMissingDatabaseSkipsOutsideCi() {
        assertThrows(TestAbortedException.class, () -> TestDatabase.unreachable(refused, null));
        assertThrows(TestAbortedException.class, () -> TestDatabase.unreachable(refused, "false"));
    }
}
