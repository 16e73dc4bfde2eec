package it.process;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.rpc.ExecutorMessages.DeleteExecutor;
import io.colonies.model.rpc.ProcessMessages.AddAttribute;
import io.colonies.model.rpc.ProcessMessages.GetAttribute;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The process queue end to end (PROTOCOL §5.5, §6.2–6.6) on two replicas sharing one database. */
@ExtendWith(ArquillianExtension.class)
class ProcessQueueIT {
    private final Rpc a = Rpc.replicaA();
    private final Rpc b = Rpc.replicaB();
    private TestColony colony;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void freshColony() {
        TestClock.alignBoth();
        colony = Fixtures.newColony(a);
    }

    @Test
    void lifecycleFromSubmitToSuccess() {
        TestExecutor executor = colony.executor("worker");
        Process submitted = executor.submit(aSpec().func("echo", "hello", 1.5).env("KEY", "VAL"));
        assertEquals(ProcessState.WAITING, submitted.state);
        assertEquals(1, submitted.attributes.size(), "env becomes an ENV attribute");

        Process assigned = executor.assign(-1);
        assertEquals(submitted.processid, assigned.processid);
        assertEquals(ProcessState.RUNNING, assigned.state);
        assertEquals(executor.id(), assigned.assignedexecutorid);
        assertEquals(List.of("hello", 1.5), normalise(assigned.spec.args));

        AddAttribute add = new AddAttribute();
        add.attribute = new Attribute();
        add.attribute.targetid = assigned.processid;
        add.attribute.targetcolonyid = colony.id();
        add.attribute.attributetype = Attribute.OUT;
        add.attribute.key = "progress";
        add.attribute.value = "50%";
        Attribute stored = a.send(add, executor.key()).as(Attribute.class);
        GetAttribute get = new GetAttribute();
        get.attributeid = stored.attributeid;
        assertEquals("50%", a.send(get, executor.key()).as(Attribute.class).value);

        assertTrue(executor.close(assigned.processid, "world", 42).ok());
        Process done = executor.get(assigned.processid);
        assertEquals(ProcessState.SUCCESS, done.state);
        assertEquals(List.of("world", 42), normalise(done.out));
        assertTrue(done.attributes.stream().allMatch(x -> x.state == ProcessState.SUCCESS));
    }

    @Test
    void anAttributeBelongsToItsProcessColonyWhateverTheClientNames() {
        TestExecutor executor = colony.executor("worker");
        Process p = executor.submit(aSpec());
        executor.assign(-1);
        String foreignColony = Fixtures.newColony(a).id();
        for (String named : new String[] {null, "", foreignColony}) {
            AddAttribute add = new AddAttribute();
            add.attribute = new Attribute();
            add.attribute.targetid = p.processid;
            add.attribute.targetcolonyid = named;
            add.attribute.attributetype = Attribute.OUT;
            add.attribute.key = "k-" + named;
            Reply reply = a.send(add, executor.key());
            assertEquals(200, reply.status(), "targetcolonyid " + named + ": " + reply);
            assertEquals(colony.id(), reply.as(Attribute.class).targetcolonyid);
        }
        assertTrue(executor.get(p.processid).attributes.stream()
                .allMatch(attribute -> colony.id().equals(attribute.targetcolonyid)));
    }

    @Test
    void onlyTheAssigneeClosesAndClosedProcessesStayClosed() {
        TestExecutor owner = colony.executor("worker");
        TestExecutor other = colony.executor("worker");
        Process p = owner.submit(aSpec());
        assertEquals(403, owner.close(p.processid).status(), "a waiting process is not assigned to anyone");
        owner.assign(-1);
        assertEquals(403, other.close(p.processid).status());
        assertTrue(owner.fail(p.processid, "boom").ok());
        Reply again = owner.close(p.processid);
        assertEquals(409, again.status());
        assertEquals("Tried to set failed process as completed", again.failure().message);
        assertEquals(List.of("boom"), owner.get(p.processid).errors);
    }

    @Test
    void longPollTimesOutWithTheReferenceMessage() {
        TestExecutor executor = colony.executor("idle");
        long start = System.nanoTime();
        Reply reply = executor.assignReply(1);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(404, reply.status());
        assertEquals("No processes can be selected for executor with Id " + executor.id(), reply.failure().message);
        assertTrue(millis >= 900, "held for the timeout, was " + millis + " ms");
        assertEquals(400, executor.assignReply(0).status(), "timeout 0 is refused");
    }

    @Test
    void longPollOnOneReplicaIsWokenBySubmitOnTheOther() {
        TestExecutor waiterOnA = colony.executor("wake");
        TestExecutor submitterOnB = waiterOnA.on(b);
        int before = TestClock.waitingAssigns(a);
        CompletableFuture<Reply> poll = CompletableFuture.supplyAsync(() -> waiterOnA.assignReply(20));
        Eventually.await(Duration.ofSeconds(10), () -> TestClock.waitingAssigns(a), n -> n > before, "the poll to wait");
        long start = System.nanoTime();
        Process submitted = submitterOnB.submit(aSpec());
        Process got = poll.join().as(Process.class);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(submitted.processid, got.processid);
        assertTrue(millis < 5000, "woken by the submit, not by the 20 s timeout (took " + millis + " ms)");
    }

    @Test
    void higherPriorityFirstThenFifo() {
        TestExecutor executor = colony.executor("prio");
        Process low = executor.submit(aSpec().withPriority(-1));
        Process first = executor.submit(aSpec());
        Process second = executor.submit(aSpec());
        Process high = executor.submit(aSpec().withPriority(1));
        List<String> order = List.of(executor.assign(-1).processid, executor.assign(-1).processid,
                executor.assign(-1).processid, executor.assign(-1).processid);
        assertEquals(List.of(high.processid, first.processid, second.processid, low.processid), order);
    }

    @Test
    void executorIdsConditionIsAppliedInTheQuery() {
        TestExecutor chosen = colony.executor("target");
        TestExecutor bystander = colony.executor("target");
        for (int i = 0; i < 12; i++) {
            chosen.submit(aSpec().forExecutors(chosen.id()));
        }
        Process open = chosen.submit(aSpec());
        assertEquals(open.processid, bystander.assign(-1).processid,
                "twelve older processes for someone else do not hide the open one");
        assertEquals(404, bystander.assignReply(-1).status());
        Process targeted = chosen.assign(-1);
        assertEquals(List.of(chosen.id()), targeted.spec.conditions.executorids);
    }

    @Test
    void overdueProcessIsRequeuedThenFailedAfterMaxRetries() {
        TestExecutor executor = colony.executor("slow");
        Process p = executor.submit(aSpec().maxExecTime(5).maxRetries(1));
        Process assigned = executor.assign(-1);
        long priorityTime = assigned.prioritytime;

        TestClock.advanceBoth(10);
        Process requeued = Eventually.await(Duration.ofSeconds(15), () -> executor.get(p.processid),
                x -> x.state == ProcessState.WAITING, "re-queue after maxexectime");
        assertEquals(1, requeued.retries);
        assertEquals("", requeued.assignedexecutorid);
        assertEquals(priorityTime, requeued.prioritytime, "a re-queued process keeps its place");
        assertEquals(403, executor.close(p.processid).status(), "the old assignment is gone");

        executor.assign(-1);
        TestClock.advanceBoth(10);
        Process failed = Eventually.await(Duration.ofSeconds(15), () -> executor.get(p.processid),
                x -> x.state == ProcessState.FAILED, "failure once retries are used up");
        assertEquals(List.of("Maximum execution time limit exceeded"), failed.errors);
    }

    @Test
    void processWaitingPastMaxWaitTimeFails() {
        TestExecutor executor = colony.executor("nobody-takes-it");
        Process p = executor.submit(aSpec().maxWaitTime(5));
        TestClock.advanceBoth(10);
        Process failed = Eventually.await(Duration.ofSeconds(15), () -> executor.get(p.processid),
                x -> x.state == ProcessState.FAILED, "failure after maxwaittime");
        assertEquals(List.of("Maximum waiting time limit exceeded"), failed.errors);
    }

    @Test
    void zeroMaxExecTimeMeansNoLimit() {
        TestExecutor executor = colony.executor("unlimited");
        Process unlimited = executor.submit(aSpec().maxExecTime(0).withPriority(1));
        Process probe = executor.submit(aSpec().maxExecTime(5).maxRetries(-1));
        assertEquals(unlimited.processid, executor.assign(-1).processid);
        assertEquals(probe.processid, executor.assign(-1).processid);
        TestClock.advanceBoth(3600);
        // The probe's re-queue proves a scan ran after the clock moved.
        Eventually.await(Duration.ofSeconds(15), () -> executor.get(probe.processid),
                x -> x.state == ProcessState.WAITING, "a scan after the clock moved");
        assertEquals(ProcessState.RUNNING, executor.get(unlimited.processid).state);
    }

    @Test
    void deletingAnExecutorPutsItsRunningProcessBack() {
        TestExecutor doomed = colony.executor("fragile");
        TestExecutor heir = colony.executor("fragile");
        Process p = doomed.submit(aSpec());
        doomed.assign(-1);
        DeleteExecutor delete = new DeleteExecutor();
        delete.executorid = doomed.id();
        assertTrue(a.send(delete, colony.key()).ok());
        Process back = heir.assign(-1);
        assertEquals(p.processid, back.processid);
    }

    @Test
    void listingsFilterByStateAndRefuseTooLargeCounts() {
        TestExecutor executor = colony.executor("lister");
        executor.submit(aSpec());
        executor.submit(aSpec());
        GetProcesses list = new GetProcesses();
        list.colonyid = colony.id();
        list.state = ProcessState.WAITING;
        list.count = 10;
        assertEquals(2, a.send(list, executor.key()).as(Process[].class).length);
        assertEquals(2, b.send(list, colony.key()).as(Process[].class).length, "the colony owner may list too");
        list.count = 101;
        assertEquals(400, a.send(list, executor.key()).status());
        list.count = 10;
        list.state = 7;
        assertEquals(400, a.send(list, executor.key()).status());
    }

    @Test
    void unknownIdsGiveNotFoundNotACrash() {
        TestExecutor executor = colony.executor("curious");
        Reply reply = executor.close("0".repeat(64));
        assertNotEquals(500, reply.status());
        assertTrue(reply.envelope().error);
        assertFalse(reply.failure().message.isEmpty());
    }

    /** JSON numbers come back as BigDecimal; compare them by value. */
    private static List<Object> normalise(List<Object> values) {
        return values.stream().map(v -> v instanceof Number n
                ? (n.doubleValue() == Math.rint(n.doubleValue()) ? (Object) n.intValue() : (Object) n.doubleValue())
                : v).toList();
    }
}
