package it.process;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.PauseStatus;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.rpc.ProcessMessages.GetPauseStatus;
import io.colonies.model.rpc.ProcessMessages.PauseAssignments;
import io.colonies.model.rpc.ProcessMessages.ResumeAssignments;
import io.colonies.model.security.PrivateKey;
import it.support.Arquillian;
import it.support.Eventually;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Reply;
import it.support.RestClient;
import it.support.RestResponse;
import it.support.Rpc;
import it.support.TestClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * pauseassignmentsmsg, resumeassignmentsmsg, getpausestatusmsg and their REST twins: one test per
 * outcome. The pause is set on replica A and must hold on replica B, whose waiting poll is woken by
 * the resume on A. Polls ask for 60 s; a woken one must answer within a few seconds.
 */
@ExtendWith(ArquillianExtension.class)
class PauseIT {
    private static final int POLL_SECONDS = 60;
    private static final long WOKEN_WITHIN_SECONDS = 5;
    private final Rpc a = Rpc.replicaA();
    private final Rpc b = Rpc.replicaB();
    private TestColony colony;
    private TestExecutor member;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void colony() {
        TestClock.alignBoth();
        colony = Fixtures.newColony(a);
        member = colony.executor("pause");
    }

    @Test
    void aPauseOnAHoldsOnBAndTheResumeOnAWakesBsWaitingPoll() throws Exception {
        assertTrue(pause(colony.key()).ok());
        assertTrue(status(member.key(), b).ispaused, "replica B sees the pause at once");

        TestExecutor onB = member.on(b);
        int before = TestClock.waitingAssigns(b);
        CompletableFuture<Reply> poll = async(() -> onB.assignReply(POLL_SECONDS));
        Eventually.await(Duration.ofSeconds(10), () -> TestClock.waitingAssigns(b), n -> n >= before + 1,
                "the poll waiting on replica B");

        Process queued = member.submit(aSpec());
        assertEquals(ProcessState.WAITING, queued.state, "submits still queue while paused");
        assertEquals(404, member.assignReply(-1).status(), "an immediate assign on A gets nothing");
        assertEquals(404, onB.assignReply(-1).status(), "an immediate assign on B gets nothing");
        Reply shortPoll = onB.assignReply(1);
        assertEquals(404, shortPoll.status(), "a poll waits its timeout, then nothing is assigned: " + shortPoll);
        assertFalse(poll.isDone(), "the long poll on B still waits");
        assertEquals(ProcessState.WAITING, member.get(queued.processid).state);

        long resumed = System.nanoTime();
        assertTrue(resume(colony.key()).ok());
        Reply woken = poll.get(WOKEN_WITHIN_SECONDS, TimeUnit.SECONDS);
        long wokenMs = (System.nanoTime() - resumed) / 1_000_000;
        assertTrue(woken.ok(), woken.toString());
        assertEquals(queued.processid, woken.as(Process.class).processid);
        assertEquals(ProcessState.RUNNING, member.get(queued.processid).state);
        assertFalse(status(member.key(), b).ispaused);
        System.out.println("PauseIT: replica B's poll got the process " + wokenMs + " ms after the resume on A");
    }

    @Test
    void pausingTwiceIsIdempotentAndResumingARunningColonyIsFine() {
        assertTrue(resume(colony.key()).ok(), "resume when not paused");
        assertFalse(status(colony.key(), a).ispaused);
        assertTrue(pause(colony.key()).ok());
        Reply again = pause(colony.key());
        assertTrue(again.ok(), again.toString());
        assertEquals("{}", again.json(), "pause replies with an empty payload, as HEAD does");
        assertTrue(status(colony.key(), a).ispaused);
        assertTrue(resume(colony.key()).ok());
        assertTrue(resume(colony.key()).ok(), "resume twice");
        assertFalse(status(member.key(), a).ispaused);
        Process p = member.submit(aSpec());
        assertEquals(p.processid, member.assign(-1).processid, "assignments run again");
    }

    @Test
    void thePauseIsPerColony() {
        TestColony other = Fixtures.newColony(a);
        TestExecutor elsewhere = other.executor("pause");
        assertTrue(pause(colony.key()).ok());
        Process p = elsewhere.submit(aSpec());
        assertEquals(p.processid, elsewhere.assign(-1).processid, "another colony is not paused");
        Reply otherStatus = statusReply(other.id(), other.key(), a);
        assertTrue(otherStatus.ok(), otherStatus.toString());
        assertFalse(otherStatus.as(PauseStatus.class).ispaused);
        assertTrue(status(colony.key(), a).ispaused);
    }

    @Test
    void anUnknownColonyIsNotFound() {
        PrivateKey unknown = PrivateKey.generate();
        for (Reply reply : java.util.List.of(pause(unknown.id(), unknown), resume(unknown.id(), unknown),
                statusReply(unknown.id(), member.key(), a))) {
            assertEquals(404, reply.status(), reply.toString());
        }
        RestClient rest = RestClient.replicaA();
        String path = "/v1/colonies/" + unknown.id() + "/assignments/pause";
        assertEquals(404, rest.send("PUT", path, null, unknown).status());
        assertEquals(404, rest.delete(path, unknown).status());
        RestResponse get = rest.get(path, member.key());
        assertEquals(404, get.status(), get.toString());
        assertEquals(404, get.problem().getInt("status"));
    }

    @Test
    void overRest() throws Exception {
        RestClient restA = RestClient.replicaA();
        RestClient restB = RestClient.replicaB();
        String pause = "/v1/colonies/" + colony.id() + "/assignments/pause";
        String assignments = "/v1/colonies/" + colony.id() + "/assignments";

        RestResponse paused = restA.send("PUT", pause, null, colony.key());
        assertEquals(200, paused.status(), paused.toString());
        assertTrue(paused.as(PauseStatus.class).ispaused);
        assertEquals(colony.id(), paused.as(PauseStatus.class).colonyid);
        assertEquals(200, restA.send("PUT", pause, null, colony.key()).status(), "pausing twice");
        RestResponse status = restB.get(pause, member.key());
        assertEquals(200, status.status(), status.toString());
        assertTrue(status.as(PauseStatus.class).ispaused, "replica B sees it");

        int before = TestClock.waitingAssigns(b);
        CompletableFuture<RestResponse> poll = async(() -> restB.post(assignments + "?timeout=" + POLL_SECONDS, null,
                member.key()));
        Eventually.await(Duration.ofSeconds(10), () -> TestClock.waitingAssigns(b), n -> n >= before + 1,
                "the REST poll waiting on replica B");
        Process queued = member.submit(aSpec());
        assertEquals(204, restA.post(assignments, null, member.key()).status(), "an immediate assign gets nothing");
        assertEquals(204, restB.post(assignments + "?timeout=1", null, member.key()).status(),
                "a poll waits its timeout, then nothing is assigned");
        assertFalse(poll.isDone());

        RestResponse resumed = restA.delete(pause, colony.key());
        assertEquals(200, resumed.status(), resumed.toString());
        assertFalse(resumed.as(PauseStatus.class).ispaused);
        RestResponse woken = poll.get(WOKEN_WITHIN_SECONDS, TimeUnit.SECONDS);
        assertEquals(200, woken.status(), woken.toString());
        assertEquals(queued.processid, woken.as(Process.class).processid);
        assertEquals(200, restA.delete(pause, colony.key()).status(), "resuming twice");
        assertFalse(restA.get(pause, colony.key()).as(PauseStatus.class).ispaused);
    }

    private Reply pause(PrivateKey key) {
        return pause(colony.id(), key);
    }

    private Reply pause(String colonyId, PrivateKey key) {
        PauseAssignments pause = new PauseAssignments();
        pause.colonyid = colonyId;
        return a.send(pause, key);
    }

    private Reply resume(PrivateKey key) {
        return resume(colony.id(), key);
    }

    private Reply resume(String colonyId, PrivateKey key) {
        ResumeAssignments resume = new ResumeAssignments();
        resume.colonyid = colonyId;
        return a.send(resume, key);
    }

    private Reply statusReply(String colonyId, PrivateKey key, Rpc replica) {
        GetPauseStatus get = new GetPauseStatus();
        get.colonyid = colonyId;
        return replica.send(get, key);
    }

    private PauseStatus status(PrivateKey key, Rpc replica) {
        Reply reply = statusReply(colony.id(), key, replica);
        assertTrue(reply.ok(), reply.toString());
        PauseStatus status = reply.as(PauseStatus.class);
        assertEquals(colony.id(), status.colonyid);
        return status;
    }

    private static <T> CompletableFuture<T> async(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, runnable -> new Thread(runnable).start());
    }
}
