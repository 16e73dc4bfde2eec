package io.colonies.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Log;
import io.colonies.server.db.Sql;
import io.colonies.server.db.TestDatabase;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ProcessId;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import io.colonies.server.security.Member;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The process log use cases over the real store: ordering under a standing clock, caps, paging, cascade. */
class ProcessLogsSqlTest {
    private static final Caller ASSIGNEE = new Caller(ProcessStoreSqlTest.EXECUTOR);
    private static final Caller OTHER = new Caller(ProcessStoreSqlTest.OTHER);
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perTestClass();
    private ProcessRepository processes;
    private ProcessLogs logs;

    /** Everyone is a member here; the role rules are the Authorizer's own tests' business. */
    private static final class Everyone extends Authorizer {
        @Override
        public Member requireMember(Caller caller, String colonyId) {
            return null;
        }
    }

    @BeforeEach
    void useCases() {
        db.execute("DELETE FROM processes");
        Sql sql = new Sql(db.autoCommit());
        processes = new ProcessRepository(sql);
        logs = new ProcessLogs();
        logs.store = new ProcessLogRepository(sql);
        logs.authorizer = new Everyone();
        logs.clock = Clock.fixed(ProcessStoreSqlTest.NOW, ZoneOffset.UTC); // a clock that stands still
        logs.settings = new ProcessLogSettings();
        logs.settings.maxMessageBytes = 10;
        logs.settings.maxBytesPerProcess = 25;
    }

    private ProcessId running() {
        String id = ProcessStoreSqlTest.submit(processes, ProcessStoreSqlTest.spec("job", 0), ProcessStoreSqlTest.NOW);
        processes.claim(ProcessStoreSqlTest.COLONY, ProcessStoreSqlTest.TYPE, ASSIGNEE.id(), ProcessStoreSqlTest.NOW);
        return ProcessId.of(id);
    }

    @Test
    void timestampsIncreaseEvenWhenTheClockStandsStillAndSincePages() {
        ProcessId id = running();
        for (String line : List.of("a", "b", "c")) {
            logs.add(ASSIGNEE, ColonyScope.ANY, id, line);
        }
        List<Log> all = logs.get(OTHER, ColonyScope.ANY, id, 500, 0);
        assertEquals(List.of("a", "b", "c"), all.stream().map(l -> l.message).toList());
        assertTrue(all.get(0).timestamp < all.get(1).timestamp && all.get(1).timestamp < all.get(2).timestamp);
        assertEquals(List.of("c"), logs.get(OTHER, ColonyScope.ANY, id, 5, all.get(1).timestamp).stream()
                .map(l -> l.message).toList());
    }

    @Test
    void capsAndRules() {
        ProcessId id = running();
        assertEquals(ErrorKind.BAD_REQUEST, assertThrows(ProcessException.class,
                () -> logs.add(ASSIGNEE, ColonyScope.ANY, id, "ä".repeat(6))).kind(), "12 UTF-8 bytes > 10");
        assertEquals(ErrorKind.FORBIDDEN, assertThrows(ProcessException.class,
                () -> logs.add(OTHER, ColonyScope.ANY, id, "x")).kind());
        logs.add(ASSIGNEE, ColonyScope.ANY, id, "0123456789");
        logs.add(ASSIGNEE, ColonyScope.ANY, id, "0123456789");
        assertEquals(ErrorKind.CONFLICT, assertThrows(ProcessException.class,
                () -> logs.add(ASSIGNEE, ColonyScope.ANY, id, "012345")).kind(), "26 bytes > 25");
        logs.add(ASSIGNEE, ColonyScope.ANY, id, "01234");
        assertEquals(ErrorKind.BAD_REQUEST, assertThrows(ProcessException.class,
                () -> logs.get(OTHER, ColonyScope.ANY, id, 501, 0)).kind());
        assertEquals(ErrorKind.NOT_FOUND, assertThrows(ColoniesException.class,
                () -> logs.get(OTHER, ColonyScope.of("another"), id, 5, 0)).kind());
        processes.delete(id.value());
        assertEquals(0L, new Sql(db.autoCommit()).count("SELECT count(*) FROM process_logs"), "logs go with their process");
    }
}
