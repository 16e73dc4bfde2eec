package it.process;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.rpc.ProcessMessages.AddAttribute;
import io.colonies.model.rpc.ProcessMessages.GetAttribute;
import io.colonies.model.rpc.ProcessMessages.RemoveAttribute;
import io.colonies.model.rpc.ProcessMessages.UnassignProcess;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** unassignprocessmsg and removeattributemsg (issue #13) over RPC and REST on two replicas. */
@ExtendWith(ArquillianExtension.class)
class UnassignIT {
    private final Rpc a = Rpc.replicaA();
    private final Rpc b = Rpc.replicaB();
    private final RestClient rest = RestClient.replicaA();
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
    void unassignedProcessWaitsAgainAtItsOldPositionWithoutARetry() {
        TestExecutor executor = colony.executor("unassign");
        Process first = executor.submit(aSpec());
        Process second = executor.submit(aSpec());
        Process running = executor.assign(-1);
        assertEquals(first.processid, running.processid);

        assertTrue(unassign(executor, first.processid).ok());
        Process waiting = executor.get(first.processid);
        assertEquals(ProcessState.WAITING, waiting.state);
        assertEquals("", waiting.assignedexecutorid);
        assertEquals(0, waiting.retries, "an unassign is not a retry");
        assertEquals(running.prioritytime, waiting.prioritytime, "its queue position is kept");

        TestExecutor other = colony.executor("unassign");
        assertEquals(first.processid, other.assign(-1).processid, "still ahead of the later submit");
        assertEquals(second.processid, other.assign(-1).processid);
    }

    @Test
    void onlyTheAssigneeUnassignsARunningProcess() {
        TestExecutor assignee = colony.executor("unassign");
        TestExecutor other = colony.executor("unassign");
        Process p = assignee.submit(aSpec());
        assertEquals(409, unassign(assignee, p.processid).status(), "a waiting process has nothing to give back");
        assignee.assign(-1);
        assertEquals(403, unassign(other, p.processid).status());
        assertEquals(404, unassign(assignee, "0".repeat(64)).status());
        assertTrue(assignee.close(p.processid).ok());
        assertEquals(409, unassign(assignee, p.processid).status(), "a closed process stays closed");
        assertEquals(ProcessState.SUCCESS, assignee.get(p.processid).state);
    }

    @Test
    void unassignOnOneReplicaWakesALongPollOnTheOther() {
        TestExecutor holder = colony.executor("wake-unassign");
        Process p = holder.submit(aSpec());
        holder.assign(-1);
        TestExecutor waiterOnB = colony.executor("wake-unassign").on(b);
        int before = TestClock.waitingAssigns(b);
        CompletableFuture<Reply> poll = CompletableFuture.supplyAsync(() -> waiterOnB.assignReply(20));
        Eventually.await(Duration.ofSeconds(10), () -> TestClock.waitingAssigns(b), n -> n > before, "the poll to wait");
        long start = System.nanoTime();
        assertTrue(unassign(holder, p.processid).ok());
        Process got = poll.join().as(Process.class);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(p.processid, got.processid);
        assertTrue(millis < 5000, "woken by the unassign, not by the 20 s timeout (took " + millis + " ms)");
    }

    @Test
    void theAssigneeRemovesAnAttributeWhileRunning() {
        TestExecutor assignee = colony.executor("attr");
        TestExecutor other = colony.executor("attr");
        Process p = assignee.submit(aSpec());
        assignee.assign(-1);
        Attribute kept = addAttribute(assignee, p, "kept");
        Attribute removed = addAttribute(assignee, p, "removed");

        assertEquals(403, removeAttribute(other, removed.attributeid).status(), "not the assignee");
        assertEquals(404, removeAttribute(assignee, "0".repeat(64)).status());
        assertTrue(removeAttribute(assignee, removed.attributeid).ok());
        assertEquals(404, getAttribute(assignee, removed.attributeid).status());
        assertEquals(404, removeAttribute(assignee, removed.attributeid).status(), "already gone");
        assertEquals(200, getAttribute(assignee, kept.attributeid).status());

        assertTrue(assignee.close(p.processid).ok());
        assertEquals(403, removeAttribute(assignee, kept.attributeid).status(), "the process no longer runs");
        assertEquals(200, getAttribute(assignee, kept.attributeid).status());
    }

    @Test
    void restUnassignAndRemoveAttribute() {
        TestExecutor assignee = colony.executor("rest-unassign");
        TestExecutor other = colony.executor("rest-unassign");
        Process p = assignee.submit(aSpec());
        String processPath = "/v1/colonies/" + colony.id() + "/processes/" + p.processid;
        assertEquals(409, rest.delete(processPath + "/assignment", assignee.key()).status(), "not running");
        assignee.assign(-1);
        Attribute attribute = addAttribute(assignee, p, "progress");

        RestResponse refused = rest.delete(processPath + "/attributes/" + attribute.attributeid, other.key());
        assertEquals(403, refused.status(), refused.toString());
        assertEquals(404, rest.delete("/v1/colonies/" + colony.id() + "/processes/" + "0".repeat(64)
                + "/attributes/" + attribute.attributeid, assignee.key()).status(), "not this process's attribute");
        assertEquals(204, rest.delete(processPath + "/attributes/" + attribute.attributeid, assignee.key()).status());
        assertEquals(404, rest.get(processPath + "/attributes/" + attribute.attributeid, assignee.key()).status());

        assertEquals(403, rest.delete(processPath + "/assignment", other.key()).status());
        RestResponse freed = rest.delete(processPath + "/assignment", assignee.key());
        assertEquals(204, freed.status(), freed.toString());
        assertEquals(ProcessState.WAITING, assignee.get(p.processid).state);
        RestResponse again = rest.delete(processPath + "/assignment", assignee.key());
        assertEquals(409, again.status());
        assertEquals("https://colonies.io/problems/process/conflict", again.problem().getString("type"));
    }

    private Reply unassign(TestExecutor executor, String processId) {
        UnassignProcess m = new UnassignProcess();
        m.processid = processId;
        return a.send(m, executor.key());
    }

    private Reply removeAttribute(TestExecutor executor, String attributeId) {
        RemoveAttribute m = new RemoveAttribute();
        m.attributeid = attributeId;
        return a.send(m, executor.key());
    }

    private Reply getAttribute(TestExecutor executor, String attributeId) {
        GetAttribute m = new GetAttribute();
        m.attributeid = attributeId;
        return a.send(m, executor.key());
    }

    private Attribute addAttribute(TestExecutor executor, Process p, String key) {
        AddAttribute add = new AddAttribute();
        add.attribute = new Attribute();
        add.attribute.targetid = p.processid;
        add.attribute.targetcolonyid = colony.id();
        add.attribute.attributetype = Attribute.OUT;
        add.attribute.key = key;
        add.attribute.value = "v";
        return a.send(add, executor.key()).as(Attribute.class);
    }
}
