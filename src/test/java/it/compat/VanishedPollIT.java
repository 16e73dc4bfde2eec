package it.compat;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.rpc.ProcessMessages.GetProcesses;
import it.support.Arquillian;
import it.support.Eventually;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Reply;
import it.support.Rpc;
import it.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A long-poll whose client has gone is never handed a process (issue 10, part 1): the waiter is
 * dropped within about a second of its connection closing, and a process claimed in that window
 * goes back to the queue and on to a live executor.
 */
@ExtendWith(ArquillianExtension.class)
class VanishedPollIT {
    private static final int ROUNDS = 20;
    private static final long HAND_OVER_LIMIT_MS = 2000;
    private static final long DROP_LIMIT_MS = 1000;

    private final Rpc[] replicas = {Rpc.replicaA(), Rpc.replicaB()};
    private TestColony colony;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void freshColony() {
        TestClock.alignBoth();
        colony = Fixtures.newColony(replicas[0]);
    }

    /** Raw RPC polls closed (FIN or RST) just before a submit; the process must reach the live poll. */
    @Test
    void aProcessSubmittedAfterAnRpcPollVanishedReachesTheLiveExecutor() throws Exception {
        handOverRounds("rpc-vanish", ROUNDS, true);
    }

    @Test
    void aProcessSubmittedAfterARestPollVanishedReachesTheLiveExecutor() throws Exception {
        handOverRounds("rest-vanish", ROUNDS, false);
    }

    @Test
    void aVanishedWaiterIsDroppedWithinASecondOnEveryReplicaOverRpcAndRest() {
        TestExecutor dead = colony.executor("drop");
        List<Long> latencies = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            Rpc replica = replicas[round % 2];
            boolean rpc = round % 4 < 2;
            int before = TestClock.waitingAssigns(replica);
            RawRequest poll = rpc ? RawRequest.rpcAssign(replica, colony.id(), dead.key(), 30)
                    : RawRequest.restAssign(replica, colony.id(), dead.key(), 30);
            Eventually.await(Duration.ofSeconds(10), () -> TestClock.waitingAssigns(replica), n -> n > before,
                    "the raw poll to wait");
            long start = System.nanoTime();
            if (round % 8 < 4) {
                poll.close();
            } else {
                poll.reset();
            }
            Eventually.await(Duration.ofSeconds(5), () -> TestClock.waitingAssigns(replica), n -> n == before,
                    "the vanished waiter to be dropped");
            long millis = (System.nanoTime() - start) / 1_000_000;
            latencies.add(millis);
            assertTrue(millis < DROP_LIMIT_MS, (rpc ? "RPC" : "REST") + " waiter on " + replica.baseUrl()
                    + " dropped after " + millis + " ms");
        }
        System.out.println("VanishedPollIT drop latencies (ms): " + latencies);
    }

    private void handOverRounds(String type, int rounds, boolean rpc) throws Exception {
        TestExecutor dead = colony.executor(type);
        TestExecutor live = colony.executor(type);
        List<Long> handOvers = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Rpc replica = replicas[round % 2];
            TestExecutor liveHere = live.on(replica);
            int before = TestClock.waitingAssigns(replica);
            RawRequest vanishing = rpc ? RawRequest.rpcAssign(replica, colony.id(), dead.key(), 10)
                    : RawRequest.restAssign(replica, colony.id(), dead.key(), 10);
            Eventually.await(Duration.ofSeconds(10), () -> TestClock.waitingAssigns(replica), n -> n == before + 1,
                    "the vanishing poll to wait");
            // The live poll queues behind the vanishing one, so the vanishing one is first in line.
            CompletableFuture<Reply> livePoll = CompletableFuture.supplyAsync(() -> liveHere.assignReply(10));
            Eventually.await(Duration.ofSeconds(10), () -> TestClock.waitingAssigns(replica), n -> n == before + 2,
                    "the live poll to wait");
            if (round % 2 == 0) {
                vanishing.close();
            } else {
                vanishing.reset();
            }
            long start = System.nanoTime();
            Process submitted = liveHere.submit(aSpec()); // at once: before any sweep could run
            Reply reply = livePoll.get(HAND_OVER_LIMIT_MS + 1000, TimeUnit.MILLISECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            handOvers.add(millis);
            Process got = reply.as(Process.class);
            assertEquals(submitted.processid, got.processid, "round " + round);
            assertEquals(live.id(), got.assignedexecutorid, "round " + round);
            assertTrue(millis < HAND_OVER_LIMIT_MS, "round " + round + ": hand-over took " + millis + " ms");
            assertTrue(liveHere.close(got.processid).ok());
        }
        System.out.println("VanishedPollIT " + (rpc ? "RPC" : "REST") + " hand-over after a vanished poll (ms): "
                + handOvers);
        assertNothingStrandedFor(dead);
    }

    private void assertNothingStrandedFor(TestExecutor dead) {
        GetProcesses running = new GetProcesses();
        running.colonyid = colony.id();
        running.state = ProcessState.RUNNING;
        running.count = 100;
        Process[] stranded = replicas[0].send(running, colony.key()).as(Process[].class);
        assertTrue(stranded == null || stranded.length == 0, "processes left RUNNING: " + (stranded == null ? 0
                : stranded.length));
        GetProcesses done = new GetProcesses();
        done.colonyid = colony.id();
        done.state = ProcessState.SUCCESS;
        done.count = 100;
        for (Process p : replicas[0].send(done, colony.key()).as(Process[].class)) {
            assertTrue(!p.assignedexecutorid.equals(dead.id()), "a process went to the vanished client");
        }
    }
}
