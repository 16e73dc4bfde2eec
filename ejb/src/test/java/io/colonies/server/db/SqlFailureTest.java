package io.colonies.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlFailureTest {
    private static final String POSTGRES_TEXT = "ERROR: duplicate key value violates unique constraint \"crons_name_key\""
            + " Detail: Key (colony_id, name)=(c0ffee, nightly) already exists.";
    private static final Pattern INCIDENT = Pattern.compile("incident ([0-9a-f]{8})");

    private final Logger log = Logger.getLogger(Sql.class.getName());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    @Test
    void aForeignKeyViolationIsALostRaceWithoutPostgresText() {
        String text = "ERROR: insert or update on table \"attributes\" violates foreign key constraint"
                + " \"attributes_target_id_fkey\" Detail: Key (target_id)=(cfdc9c6b) is not present in table \"processes\".";
        ColoniesException e = Sql.failure("INSERT INTO attributes ...", new SQLException(text, "23503"));
        assertEquals(ErrorKind.CONFLICT, e.kind());
        assertTrue(e.getMessage().startsWith("Refers to an object that was removed meanwhile"), e.getMessage());
        assertNoPostgresText(e.getMessage());
        Matcher m = INCIDENT.matcher(e.getMessage());
        assertTrue(m.find(), e.getMessage());
        assertTrue(records.stream().anyMatch(r -> r.getMessage().contains(m.group(1))
                && r.getMessage().contains("attributes_target_id_fkey")), "logged with the detail under the incident");
    }

    @Test
    void aUniqueViolationIsAConflictWithoutPostgresText() {
        ColoniesException e = Sql.failure("INSERT INTO crons ...", new SQLException(POSTGRES_TEXT, "23505"));
        assertEquals(ErrorKind.CONFLICT, e.kind());
        assertTrue(e.getMessage().startsWith("Already exists"), e.getMessage());
        assertNoPostgresText(e.getMessage());
        assertTheLogHasTheDetailUnderTheSameIncident(e.getMessage());
    }

    @Test
    void anyOtherFailureIsInternalWithoutPostgresText() {
        ColoniesException e = Sql.failure("SELECT ...", new SQLException("ERROR: could not read block 7 "
                + "in file of table crons", "XX001"));
        assertEquals(ErrorKind.INTERNAL, e.kind());
        assertFalse(e.getMessage().contains("block"), e.getMessage());
        assertNoPostgresText(e.getMessage());
        Matcher m = INCIDENT.matcher(e.getMessage());
        assertTrue(m.find(), e.getMessage());
        assertTrue(records.stream().anyMatch(r -> r.getMessage().contains(m.group(1)) && r.getThrown() != null));
    }

    @Test
    void aLostConnectionIsUnavailableWithoutPostgresText() {
        ColoniesException e = Sql.failure("SELECT ...", new SQLException("FATAL: terminating connection "
                + "due to administrator command on table crons", "57P01"));
        assertEquals(ErrorKind.UNAVAILABLE, e.kind());
        assertFalse(e.getMessage().contains("administrator"), e.getMessage());
        assertNoPostgresText(e.getMessage());
        assertTrue(INCIDENT.matcher(e.getMessage()).find(), e.getMessage());
    }

    private static void assertNoPostgresText(String message) {
        for (String leak : List.of("duplicate", "constraint", "crons", "nightly", "Key (", "ERROR", "FATAL")) {
            assertFalse(message.contains(leak), () -> "'" + leak + "' leaks into: " + message);
        }
    }

    private void assertTheLogHasTheDetailUnderTheSameIncident(String message) {
        Matcher m = INCIDENT.matcher(message);
        assertTrue(m.find(), message);
        assertTrue(records.stream().anyMatch(r -> r.getMessage().contains(m.group(1))
                && r.getMessage().contains("crons_name_key")), "logged with the detail under incident " + m.group(1));
    }
}
