package io.colonies.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.server.db.Sql;
import io.colonies.server.db.TestDatabase;
import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.id.ProcessId;
import io.colonies.server.security.AuthorizationException;
import io.colonies.server.security.Caller;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The coalesced close over the real store: one statement, each close with the single path's outcome. */
class CloseBatchSqlTest {
    private static final Caller MEMBER = new Caller(ProcessStoreSqlTest.EXECUTOR);
    private static final Caller OTHER = new Caller(ProcessStoreSqlTest.OTHER);
    @RegisterExtension
    static final TestDatabase db = TestDatabase.perTestClass();
    private CloseBatch batch;
    private ProcessRepository store;
    private Recorded.SyncEvent<ProcessClosed> closed;
    private volatile Set<Caller> members = Set.of(MEMBER, OTHER);

    @BeforeEach
    void batch() {
        db.execute("DELETE FROM processes");
        store = new ProcessRepository(new Sql(db.autoCommit()));
        batch = new CloseBatch();
        batch.store = store;
        batch.authorizer = Fakes.members(caller -> members.contains(caller));
        closed = new Recorded.SyncEvent<>();
        batch.closedEvents = closed;
        batch.clock = Clock.fixed(ProcessStoreSqlTest.NOW.plusSeconds(5), ZoneOffset.UTC);
        batch.metrics = Fakes.noMetrics();
    }

    private ProcessId runningUnder(Caller executor) {
        ProcessDraft draft = new ProcessDraft(ProcessStoreSqlTest.spec("job", 0), ProcessStoreSqlTest.NOW);
        store.insertAndAnnounce(draft, ProcessStoreSqlTest.COLONY);
        Process p = store.claim(ProcessStoreSqlTest.COLONY, ProcessStoreSqlTest.TYPE, executor.id(), ProcessStoreSqlTest.NOW);
        return ProcessId.of(p.processid);
    }

    @Test
    void oneBatchClosesEachAsItsOwnCloseWouldAndAnnouncesEveryClose() {
        ProcessId ok = runningUnder(MEMBER);
        ProcessId failing = runningUnder(MEMBER);
        ProcessId notMine = runningUnder(OTHER);
        ProcessId alreadyDone = runningUnder(MEMBER);
        store.closeSuccessful(alreadyDone.value(), MEMBER.id(), List.of("first"), ProcessStoreSqlTest.NOW);
        ProcessId missing = ProcessId.of("0".repeat(64));

        List<ColoniesException> outcomes = batch.closeAll(List.of(
                CloseRequest.successful(MEMBER, ColonyScope.ANY, ok, List.of("out", 2)),
                CloseRequest.failed(MEMBER, ColonyScope.ANY, failing, List.of("exit 1")),
                CloseRequest.successful(MEMBER, ColonyScope.ANY, notMine, List.of()),
                CloseRequest.successful(MEMBER, ColonyScope.ANY, alreadyDone, List.of()),
                CloseRequest.failed(MEMBER, ColonyScope.ANY, missing, List.of())));

        assertNull(outcomes.get(0));
        assertNull(outcomes.get(1));
        assertEquals(ErrorKind.FORBIDDEN, outcomes.get(2).kind());
        assertEquals("Failed to close process as successful, not allowed to close process as successful",
                outcomes.get(2).getMessage());
        assertNull(outcomes.get(3), "success may be repeated");
        assertEquals("Process with Id " + missing.value() + " does not exist", outcomes.get(4).getMessage());

        Process okRow = store.find(ok.value());
        assertEquals(ProcessState.SUCCESS, okRow.state);
        assertEquals(List.of("out", 2.0), okRow.out.stream().map(o -> o instanceof Number n ? n.doubleValue() : o)
                .collect(Collectors.toList()));
        assertEquals(ProcessStoreSqlTest.NOW.plusSeconds(5), okRow.endtime);
        Process failedRow = store.find(failing.value());
        assertEquals(ProcessState.FAILED, failedRow.state);
        assertEquals(List.of("exit 1"), failedRow.errors);
        assertEquals(ProcessState.RUNNING, store.find(notMine.value()).state);
        assertEquals(List.of("first"), store.find(alreadyDone.value()).out, "no output keeps the stored one");

        assertEquals(Set.of(ok.value(), failing.value(), alreadyDone.value()),
                closed.fired.stream().map(ProcessClosed::processId).collect(Collectors.toSet()));
        assertTrue(closed.fired.stream().allMatch(e -> e.executorId().equals(MEMBER.id())));
    }

    @Test
    void refusalsComeInTheSinglePathsOrder() {
        ProcessId failedOnce = runningUnder(MEMBER);
        store.closeFailed(failedOnce.value(), MEMBER.id(), List.of("x"), ProcessStoreSqlTest.NOW);
        ProcessId othersInScope = runningUnder(MEMBER);
        ProcessId strangers = runningUnder(MEMBER);
        members = Set.of(MEMBER);

        List<ColoniesException> outcomes = batch.closeAll(List.of(
                CloseRequest.successful(MEMBER, ColonyScope.ANY, failedOnce, List.of()),
                CloseRequest.successful(OTHER, ColonyScope.of("another"), othersInScope, List.of()),
                CloseRequest.successful(OTHER, ColonyScope.ANY, strangers, List.of())));

        assertEquals("Tried to set failed process as completed", outcomes.get(0).getMessage());
        assertEquals(ErrorKind.NOT_FOUND, outcomes.get(1).kind(), "the scope before the role");
        assertTrue(outcomes.get(2) instanceof AuthorizationException, "the role before the rules");
        assertTrue(closed.fired.isEmpty());
    }

    @Test
    void aClosedRowWhoseAssigneeIsNoLongerAMemberAbandonsTheBatch() {
        ProcessId id = runningUnder(OTHER);
        members = Set.of(MEMBER);
        assertThrows(AuthorizationException.class, () -> batch.closeAll(List.of(
                CloseRequest.successful(OTHER, ColonyScope.ANY, id, List.of()))));
        assertTrue(closed.fired.isEmpty(), "nothing announced: the container rolls the statement back");
    }

    @Test
    void aRowOutsideTheRequestsScopeIsNotFoundAndStaysRunning() {
        ProcessId id = runningUnder(MEMBER);
        ProcessId inScope = runningUnder(MEMBER);
        List<ColoniesException> outcomes = batch.closeAll(List.of(
                CloseRequest.successful(MEMBER, ColonyScope.of("another"), id, List.of()),
                CloseRequest.successful(MEMBER, ColonyScope.ANY, inScope, List.of())));
        assertEquals(ErrorKind.NOT_FOUND, outcomes.get(0).kind(), "the statement's colony guard left it alone");
        assertEquals(null, outcomes.get(1), "and the other close went through");
        assertEquals(ProcessState.RUNNING, store.find(id.value()).state);
        assertEquals(1, closed.fired.size());
    }
}
