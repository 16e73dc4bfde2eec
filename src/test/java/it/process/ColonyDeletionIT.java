package it.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.rpc.ColonyMessages.DeleteColony;
import io.colonies.model.rpc.ExecutorMessages.DeleteExecutor;
import it.support.Arquillian;
import it.support.Eventually;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Keys;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deleting a colony (or an executor) ends the long-polls waiting for it on every replica at once,
 * rather than at their timeout (issue 14, finding 7). The polls ask for 60 s; each must end within a
 * few seconds of the deletion.
 */
@ExtendWith(ArquillianExtension.class)
class ColonyDeletionIT {
    private static final int POLL_SECONDS = 60;
    private static final long RELEASED_WITHIN_SECONDS = 5;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void deletingAColonyEndsItsPollsOnBothReplicasWith404OverRpcAndRest() throws Exception {
        Rpc a = Rpc.replicaA();
        Rpc b = Rpc.replicaB();
        TestColony colony = Fixtures.newColony(a);
        TestExecutor onA = colony.executor("doomed");
        TestExecutor onB = colony.executor("doomed").on(b);
        TestExecutor restOnA = colony.executor("doomed");
        TestExecutor restOnB = colony.executor("doomed");
        String assignments = "/v1/colonies/" + colony.id() + "/assignments?timeout=" + POLL_SECONDS;
        int beforeA = TestClock.waitingAssigns(a);
        int beforeB = TestClock.waitingAssigns(b);

        CompletableFuture<Reply> rpcA = async(() -> onA.assignReply(POLL_SECONDS));
        CompletableFuture<Reply> rpcB = async(() -> onB.assignReply(POLL_SECONDS));
        CompletableFuture<RestResponse> restA = async(() -> RestClient.replicaA().post(assignments, null, restOnA.key()));
        CompletableFuture<RestResponse> restB = async(() -> RestClient.replicaB().post(assignments, null, restOnB.key()));
        Eventually.await(Duration.ofSeconds(10), () -> TestClock.waitingAssigns(a), n -> n >= beforeA + 2,
                "both polls waiting on replica A");
        Eventually.await(Duration.ofSeconds(10), () -> TestClock.waitingAssigns(b), n -> n >= beforeB + 2,
                "both polls waiting on replica B");

        DeleteColony delete = new DeleteColony();
        delete.colonyid = colony.id();
        assertTrue(a.send(delete, Keys.SERVER).ok(), "the server owner deletes the colony");

        String gone = "Colony with Id " + colony.id() + " does not exist";
        for (CompletableFuture<Reply> poll : java.util.List.of(rpcA, rpcB)) {
            Reply reply = poll.get(RELEASED_WITHIN_SECONDS, TimeUnit.SECONDS);
            assertEquals(404, reply.failure().status, reply.toString());
            assertEquals(gone, reply.failure().message, reply.toString());
        }
        for (CompletableFuture<RestResponse> poll : java.util.List.of(restA, restB)) {
            RestResponse response = poll.get(RELEASED_WITHIN_SECONDS, TimeUnit.SECONDS);
            assertEquals(404, response.status(), "an error, not 204 'nothing assigned': " + response);
            assertEquals(gone, response.problem().getString("detail"), response.toString());
        }
    }

    @Test
    void deletingAnExecutorEndsItsPollOnTheOtherReplicaWith403() throws Exception {
        Rpc a = Rpc.replicaA();
        Rpc b = Rpc.replicaB();
        TestColony colony = Fixtures.newColony(a);
        TestExecutor doomed = colony.executor("doomed").on(b);
        int beforeB = TestClock.waitingAssigns(b);
        CompletableFuture<Reply> poll = async(() -> doomed.assignReply(POLL_SECONDS));
        Eventually.await(Duration.ofSeconds(10), () -> TestClock.waitingAssigns(b), n -> n >= beforeB + 1,
                "the poll waiting on replica B");

        DeleteExecutor delete = new DeleteExecutor();
        delete.executorid = doomed.id();
        assertTrue(a.send(delete, colony.key()).ok(), "the colony owner deletes the executor");

        Reply reply = poll.get(RELEASED_WITHIN_SECONDS, TimeUnit.SECONDS);
        assertEquals(403, reply.failure().status, reply.toString());
        assertEquals(403, doomed.assignReply(1).failure().status, "as its next assign is refused");
    }

    private static <T> CompletableFuture<T> async(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, runnable -> new Thread(runnable).start());
    }
}
