package it.process;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import io.colonies.model.rpc.ProcessMessages.AddAttribute;
import io.colonies.model.rpc.ProcessMessages.CancelProcess;
import io.colonies.model.rpc.ProcessMessages.GetProcesses;
import io.colonies.model.rpc.WorkflowMessages.CancelProcessGraph;
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
import it.support.Workflows;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** cancelprocessmsg / cancelprocessgraphmsg and their REST twins: one test per outcome. */
@ExtendWith(ArquillianExtension.class)
class CancelIT {
    private final Rpc a = Rpc.replicaA();
    private final RestClient rest = RestClient.replicaA();
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
        member = colony.executor("cancel-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void aWaitingProcessEndsAtOnceAndIsNeverAssigned() {
        Process p = member.submit(aSpec());
        Reply reply = cancel(p.processid, member);
        assertTrue(reply.ok(), reply.toString());
        Process cancelled = reply.as(Process.class);
        assertEquals(ProcessState.CANCELLED, cancelled.state);
        assertEquals(ProcessState.CANCELLED, member.get(p.processid).state);
        assertEquals(404, member.assignReply(-1).status(), "a cancelled process is not assignable");
        GetProcesses list = new GetProcesses();
        list.colonyid = colony.id();
        list.state = ProcessState.CANCELLED;
        list.count = 10;
        List<Process> listed = Arrays.asList(a.send(list, member.key()).as(Process[].class));
        assertEquals(List.of(p.processid), listed.stream().map(x -> x.processid).toList(),
                "getprocessesmsg lists cancelled processes under state 4");
    }

    @Test
    void theColonyOwnerMayCancel() {
        Process p = member.submit(aSpec());
        assertEquals(ProcessState.CANCELLED, cancel(p.processid, colony.key()).as(Process.class).state);
    }

    @Test
    void aRunningProcessIsMarkedAndItsExecutorIsRefused() {
        Process p = member.submit(aSpec().maxExecTime(5).maxRetries(3));
        member.assign(-1);
        assertEquals(ProcessState.CANCELLED, cancel(p.processid, member).as(Process.class).state);

        Reply close = member.close(p.processid, "late");
        assertEquals(409, close.status(), close.toString());
        assertTrue(close.failure().message.contains("cancelled"), close.toString());
        Reply fail = member.fail(p.processid, "late");
        assertEquals(409, fail.status(), fail.toString());
        assertTrue(fail.failure().message.contains("cancelled"), fail.toString());
        Reply attribute = addAttribute(p.processid);
        assertEquals(409, attribute.status(), attribute.toString());
        assertTrue(attribute.failure().message.contains("cancelled"), attribute.toString());

        // The deadline scan neither re-queues nor fails it: a probe that is re-queued proves a scan ran.
        Process probe = member.submit(aSpec().maxExecTime(5).maxRetries(-1));
        assertEquals(probe.processid, member.assign(-1).processid);
        TestClock.advanceBoth(60);
        Eventually.await(Duration.ofSeconds(15), () -> member.get(probe.processid),
                x -> x.state == ProcessState.WAITING, "a scan after the clock moved");
        Process after = member.get(p.processid);
        assertEquals(ProcessState.CANCELLED, after.state);
        assertEquals(0, after.retries, "a cancelled process is not retried");
    }

    @Test
    void aFinishedProcessCannotBeCancelled() {
        Process p = member.submit(aSpec());
        member.assign(-1);
        assertTrue(member.close(p.processid, "done").ok());
        Reply reply = cancel(p.processid, member);
        assertEquals(409, reply.status(), reply.toString());
        Reply again = cancel(member.submit(aSpec()).processid, member);
        assertTrue(again.ok());
        assertEquals(409, cancel(again.as(Process.class).processid, member).status(), "cancelling twice");
    }

    @Test
    void anUnknownProcessIsNotFound() {
        assertEquals(404, cancel("0".repeat(64), member).status());
    }

    @Test
    void aWorkflowMemberIsCancelledWithItsWorkflowOnly() {
        ProcessGraph graph = Workflows.submit(member, aSpec().named("first").ofType(member.type()));
        Reply reply = cancel(graph.rootprocessids.get(0), member);
        assertEquals(400, reply.status(), reply.toString());
    }

    @Test
    void aCancelledWorkflowCancelsEveryUnfinishedNode() {
        ProcessGraph graph = Workflows.submit(member, aSpec().named("first").ofType(member.type()),
                aSpec().named("second").ofType(member.type()).after("first"));
        Process first = member.assign(-1);
        Reply reply = cancelGraph(graph.processgraphid, member);
        assertTrue(reply.ok(), reply.toString());
        ProcessGraph cancelled = reply.as(ProcessGraph.class);
        assertEquals(ProcessState.CANCELLED, cancelled.state);
        assertEquals(2, cancelled.processids.size());
        for (String id : cancelled.processids) {
            assertEquals(ProcessState.CANCELLED, member.get(id).state, id);
        }
        assertEquals(409, member.close(first.processid).status(), "the running node's executor is refused");
        assertEquals(ProcessState.CANCELLED, Workflows.get(member, graph.processgraphid).state);
        assertEquals(409, cancelGraph(graph.processgraphid, member).status(), "a finished workflow");
        assertEquals(404, cancelGraph("0".repeat(64), member).status());
    }

    @Test
    void overRest() {
        String path = "/v1/colonies/" + colony.id();
        Process waiting = member.submit(aSpec());
        RestResponse ok = rest.post(path + "/processes/" + waiting.processid + "/cancel", null, member.key());
        assertEquals(200, ok.status(), ok.toString());
        assertEquals(ProcessState.CANCELLED, ok.as(Process.class).state);
        RestResponse twice = rest.post(path + "/processes/" + waiting.processid + "/cancel", null, member.key());
        assertEquals(409, twice.status(), twice.toString());
        assertEquals(409, twice.problem().getInt("status"));

        Process running = member.submit(aSpec());
        member.assign(-1);
        assertEquals(200, rest.post(path + "/processes/" + running.processid + "/cancel", null, colony.key()).status());
        RestResponse close = rest.post(path + "/processes/" + running.processid + "/success", null, member.key());
        assertEquals(409, close.status(), close.toString());
        assertTrue(close.problem().getString("detail", "").contains("cancelled") || close.body().contains("cancelled"),
                close.toString());

        RestResponse missing = rest.post(path + "/processes/" + "0".repeat(64) + "/cancel", null, member.key());
        assertEquals(404, missing.status(), missing.toString());
        RestResponse listed = rest.get(path + "/processes?state=cancelled", member.key());
        assertEquals(200, listed.status(), listed.toString());
        assertTrue(listed.body().contains(waiting.processid) && listed.body().contains(running.processid));

        ProcessGraph graph = Workflows.submit(member, aSpec().named("only").ofType(member.type()));
        RestResponse member400 = rest.post(path + "/processes/" + graph.rootprocessids.get(0) + "/cancel", null,
                member.key());
        assertEquals(400, member400.status(), member400.toString());
        RestResponse graphOk = rest.post(path + "/workflows/" + graph.processgraphid + "/cancel", null, member.key());
        assertEquals(200, graphOk.status(), graphOk.toString());
        assertEquals(ProcessState.CANCELLED, graphOk.as(ProcessGraph.class).state);
        assertEquals(409, rest.post(path + "/workflows/" + graph.processgraphid + "/cancel", null, member.key())
                .status());
        assertEquals(404, rest.post(path + "/workflows/" + "0".repeat(64) + "/cancel", null, member.key()).status());
    }

    private Reply cancel(String processId, TestExecutor who) {
        return cancel(processId, who.key());
    }

    private Reply cancel(String processId, io.colonies.model.security.PrivateKey key) {
        CancelProcess cancel = new CancelProcess();
        cancel.processid = processId;
        return a.send(cancel, key);
    }

    private Reply cancelGraph(String graphId, TestExecutor who) {
        CancelProcessGraph cancel = new CancelProcessGraph();
        cancel.processgraphid = graphId;
        return a.send(cancel, who.key());
    }

    private Reply addAttribute(String processId) {
        AddAttribute add = new AddAttribute();
        add.attribute = new Attribute();
        add.attribute.targetid = processId;
        add.attribute.targetcolonyid = colony.id();
        add.attribute.attributetype = Attribute.OUT;
        add.attribute.key = "progress";
        add.attribute.value = "50%";
        return a.send(add, member.key());
    }
}
