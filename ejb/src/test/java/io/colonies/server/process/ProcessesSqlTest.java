package io.colonies.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.server.db.Sql;
import io.colonies.server.db.TestDatabase;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ProcessId;
import io.colonies.server.security.AuthorizationException;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The process use cases over the real store: scope, role and rules in the order the protocol reports them. */
class ProcessesSqlTest {
    private static final Caller MEMBER = new Caller(ProcessStoreSqlTest.EXECUTOR);
    private static final Caller STRANGER = new Caller(ProcessStoreSqlTest.OTHER);
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perTestClass();
    private Processes processes;
    private Recorded.SyncEvent<ProcessClosed> closed;

    @BeforeEach
    void useCases() {
        db.execute("DELETE FROM processes");
        processes = new Processes();
        processes.store = new ProcessRepository(new Sql(db.autoCommit()));
        processes.authorizer = Fakes.members(MEMBER::equals); // the real role rules are the Authorizer's own tests' business
        closed = new Recorded.SyncEvent<>();
        processes.closedEvents = closed;
        processes.clock = Clock.fixed(ProcessStoreSqlTest.NOW, ZoneOffset.UTC);
        processes.metrics = Fakes.noMetrics();
    }

    private String running() {
        String id = processes.submit(MEMBER, ProcessStoreSqlTest.spec("job", 0), "").process().processid;
        processes.store.claim(ProcessStoreSqlTest.COLONY, ProcessStoreSqlTest.TYPE, MEMBER.id(), ProcessStoreSqlTest.NOW);
        return id;
    }

    @Test
    void aRetriedSubmitSaysItCreatedNothing() {
        Submitted first = processes.submit(MEMBER, ProcessStoreSqlTest.spec("job", 0), "order-7");
        Submitted retry = processes.submit(MEMBER, ProcessStoreSqlTest.spec("job", 0), "order-7");
        assertTrue(first.created());
        assertFalse(retry.created());
        assertEquals(first.process().processid, retry.process().processid);
        assertTrue(processes.submit(MEMBER, ProcessStoreSqlTest.spec("job", 0), "order-8").created());
    }

    @Test
    void aCloseOutsideThePathsColonyIsNotFoundAndChangesNothing() {
        String id = running();
        ColoniesException e = assertThrows(ColoniesException.class, () -> processes.closeSuccessful(MEMBER,
                ColonyScope.of("another"), ProcessId.of(id), List.of()));
        assertEquals(ErrorKind.NOT_FOUND, e.kind());
        assertEquals(ProcessState.RUNNING, processes.store.find(id).state);
        assertTrue(closed.fired.isEmpty());
    }

    @Test
    void aMissingProcessIsReportedBeforeTheRole() {
        ColoniesException e = assertThrows(ColoniesException.class, () -> processes.closeFailed(STRANGER,
                ColonyScope.ANY, ProcessId.of("0".repeat(64)), List.of()));
        assertEquals(ErrorKind.NOT_FOUND, e.kind());
        assertEquals("Process with Id " + "0".repeat(64) + " does not exist", e.getMessage());
    }

    @Test
    void onlyAMemberCloses() {
        String id = running();
        assertThrows(AuthorizationException.class, () -> processes.closeSuccessful(STRANGER, ColonyScope.ANY,
                ProcessId.of(id), List.of()));
        assertEquals(ProcessState.RUNNING, processes.store.find(id).state);
    }

    @Test
    void aCloseAnnouncesItselfOnceWithWhatItsObserversNeed() {
        String id = running();
        processes.closeSuccessful(MEMBER, ColonyScope.of(ProcessStoreSqlTest.COLONY), ProcessId.of(id), List.of(1));
        assertEquals(1, closed.fired.size());
        ProcessClosed event = closed.fired.get(0);
        assertEquals(id, event.processId());
        assertTrue(event.succeeded());
        assertEquals(MEMBER.id(), event.executorId());
        assertEquals("job", event.funcname());
        assertEquals(ProcessStoreSqlTest.NOW, event.startedAt());
        assertFalse(event.inGraph());

        ColoniesException refused = assertThrows(ColoniesException.class, () -> processes.closeFailed(MEMBER,
                ColonyScope.ANY, ProcessId.of(id), List.of("late")));
        assertEquals(ErrorKind.CONFLICT, refused.kind());
        assertEquals(1, closed.fired.size(), "a refused close announces nothing");
    }

    @Test
    void aZeroTimeoutIsRefusedAfterTheRoleCheck() {
        assertThrows(AuthorizationException.class, () -> processes.authorizeAssign(STRANGER,
                ColonyId.of(ProcessStoreSqlTest.COLONY), 0));
        ColoniesException e = assertThrows(ColoniesException.class, () -> processes.authorizeAssign(MEMBER,
                ColonyId.of(ProcessStoreSqlTest.COLONY), 0));
        assertEquals("Invalid timeout value, timeout cannot be zero", e.getMessage());
    }
}
