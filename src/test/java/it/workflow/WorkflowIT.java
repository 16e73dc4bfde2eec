package it.workflow;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import io.colonies.model.rpc.WorkflowMessages.AddChild;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Reply;
import it.support.Rpc;
import it.support.TestClock;
import it.support.Workflows;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Workflows end to end (PROTOCOL §5.7, §6.7) with our fixes to the reference's failure quirks. */
@ExtendWith(ArquillianExtension.class)
class WorkflowIT {
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
    void thePapersDiamondSumsTheSquares() {
        TestExecutor edge = colony.executor("edge");
        TestExecutor cloud = colony.executor("cloud");
        TestExecutor browser = colony.executor("browser");
        ProcessGraph graph = Workflows.submit(edge,
                aSpec().named("gen").ofType("edge").func("gen_nums"),
                aSpec().named("square0").ofType("cloud").func("square", 0).after("gen"),
                aSpec().named("square1").ofType("cloud").func("square", 1).after("gen"),
                aSpec().named("sum").ofType("browser").func("sum").after("square0", "square1"));
        assertEquals(4, graph.processids.size());
        assertEquals(1, graph.rootprocessids.size());
        assertEquals(404, cloud.assignReply(-1).status(), "children wait for their parent");

        Process gen = edge.assign(-1);
        assertTrue(edge.close(gen.processid, 2, 3).ok());
        for (int i = 0; i < 2; i++) {
            Process square = cloud.assign(-1);
            assertEquals(List.of(2, 3), ints(square.in), "each square gets gen's output");
            int index = ints(square.spec.args).get(0);
            int value = ints(square.in).get(index);
            assertTrue(cloud.close(square.processid, value * value).ok());
        }
        Process sum = browser.assign(-1);
        assertEquals(List.of(4, 9), ints(sum.in), "parents' outputs in parents order");
        int total = ints(sum.in).stream().mapToInt(Integer::intValue).sum();
        assertTrue(browser.close(sum.processid, total).ok());
        assertEquals(13, ints(browser.get(sum.processid).out).get(0));

        ProcessGraph done = Workflows.get(edge, graph.processgraphid);
        assertEquals(ProcessState.SUCCESS, done.state);
        assertEquals(4, done.nodes.size());
        assertEquals(4, done.edges.size());
    }

    @Test
    void addChildFansOutAndReducesLikeMapReduce() {
        TestExecutor worker = colony.executor("mr");
        ProcessGraph graph = Workflows.submit(worker, aSpec().named("map").ofType("mr"));
        Process map = worker.assign(-1);
        Process reduce = addChild(worker, graph, map, "", aSpec().named("reduce").ofType("mr").func("sum"));
        for (int i = 1; i <= 3; i++) {
            addChild(worker, graph, map, reduce.processid, aSpec().named("part" + i).ofType("mr").func("square", i));
        }
        assertTrue(worker.close(map.processid, 0).ok());
        for (int i = 0; i < 3; i++) {
            Process part = worker.assign(-1);
            assertTrue(part.spec.nodename.startsWith("part"), "parts run before the reducer: " + part.spec.nodename);
            int n = ints(part.spec.args).get(0);
            assertTrue(worker.close(part.processid, n * n).ok());
        }
        Process reducer = worker.assign(-1);
        assertEquals(reduce.processid, reducer.processid);
        assertEquals(List.of(0, 1, 4, 9), ints(reducer.in).stream().sorted().toList());
        assertTrue(worker.close(reducer.processid, 14).ok());
        assertEquals(ProcessState.SUCCESS, Workflows.get(worker, graph.processgraphid).state);
    }

    @Test
    void aFailureStopsItsDescendantsButKeepsFinishedWork() {
        TestExecutor worker = colony.executor("chain");
        ProcessGraph graph = Workflows.submit(worker,
                aSpec().named("a").ofType("chain"),
                aSpec().named("b").ofType("chain").after("a"),
                aSpec().named("c").ofType("chain").after("b"),
                aSpec().named("d").ofType("chain").after("a"));
        Process first = worker.assign(-1);
        assertTrue(worker.close(first.processid, "ok").ok());
        Process one = worker.assign(-1);
        Process two = worker.assign(-1);
        Process b = one.spec.nodename.equals("b") ? one : two;
        Process d = one.spec.nodename.equals("d") ? one : two;
        assertTrue(worker.fail(b.processid, "b broke").ok());

        ProcessGraph failed = Workflows.get(worker, graph.processgraphid);
        assertEquals(ProcessState.FAILED, failed.state);
        Process c = worker.get(b.children.get(0));
        assertEquals(ProcessState.FAILED, c.state, "the descendant never runs");
        assertEquals(List.of("Ancestor process " + b.processid + " failed"), c.errors);
        assertEquals(404, worker.assignReply(-1).status());

        assertTrue(worker.close(d.processid, "still fine").ok(), "an unrelated branch may finish");
        assertEquals(ProcessState.SUCCESS, worker.get(d.processid).state);
        assertEquals(ProcessState.SUCCESS, worker.get(first.processid).state, "finished work is not rewritten");
        assertEquals(ProcessState.FAILED, Workflows.get(worker, graph.processgraphid).state);
    }

    @Test
    void aFailedLeafFailsTheGraph() {
        TestExecutor worker = colony.executor("leaf");
        ProcessGraph graph = Workflows.submit(worker, aSpec().named("x").ofType("leaf"), aSpec().named("y").ofType("leaf"));
        Process x = worker.assign(-1);
        assertTrue(worker.fail(x.processid, "leaf failed").ok());
        assertEquals(ProcessState.FAILED, Workflows.get(worker, graph.processgraphid).state);
        Process y = worker.assign(-1);
        assertTrue(worker.close(y.processid).ok());
        assertEquals(ProcessState.FAILED, Workflows.get(worker, graph.processgraphid).state);
    }

    @Test
    void twoParentsClosingAtOnceOnTwoReplicasReleaseTheChildOnce() throws Exception {
        TestExecutor onA = colony.executor("race");
        TestExecutor onB = colony.executor("race").on(b);
        for (int round = 0; round < 10; round++) {
            ProcessGraph graph = Workflows.submit(onA,
                    aSpec().named("p1").ofType("race"), aSpec().named("p2").ofType("race"),
                    aSpec().named("child").ofType("race").after("p1", "p2"));
            Process p1 = onA.assign(-1);
            Process p2 = onB.assign(-1);
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Reply> closeA = CompletableFuture.supplyAsync(() -> awaitThen(together, () -> onA.close(p1.processid, 1)));
            CompletableFuture<Reply> closeB = CompletableFuture.supplyAsync(() -> awaitThen(together, () -> onB.close(p2.processid, 2)));
            assertTrue(closeA.join().ok());
            assertTrue(closeB.join().ok());
            Process child = onA.assign(-1);
            assertEquals("child", child.spec.nodename, "round " + round);
            assertEquals(List.of(p1.spec.nodename.equals("p1") ? 1 : 2, p1.spec.nodename.equals("p1") ? 2 : 1),
                    ints(child.in));
            assertEquals(404, onB.assignReply(-1).status(), "the child is handed out once");
            assertTrue(onA.close(child.processid).ok());
            assertEquals(ProcessState.SUCCESS, Workflows.get(onA, graph.processgraphid).state);
        }
    }

    @Test
    void invalidWorkflowsAreRefusedBeforeAnythingIsStored() {
        TestExecutor worker = colony.executor("bad");
        Reply unknownDependency = Workflows.submitReply(worker, List.of(aSpec().named("a").ofType("bad").after("ghost").build()));
        assertEquals(400, unknownDependency.status());
        Reply cycle = Workflows.submitReply(worker, List.of(aSpec().named("a").ofType("bad").after("b").build(),
                aSpec().named("b").ofType("bad").after("a").build()));
        assertEquals(400, cycle.status());
        Reply duplicate = Workflows.submitReply(worker, List.of(aSpec().named("a").ofType("bad").build(),
                aSpec().named("a").ofType("bad").build()));
        assertEquals(400, duplicate.status());
        assertEquals(404, worker.assignReply(-1).status(), "nothing was stored");
    }

    private Process addChild(TestExecutor worker, ProcessGraph graph, Process parent, String childOf,
                             it.support.SpecBuilder spec) {
        AddChild add = new AddChild();
        add.processgraphid = graph.processgraphid;
        add.parentprocessid = parent.processid;
        add.childprocessid = childOf;
        add.spec = spec.inColony(colony.id()).build();
        add.insert = false;
        return a.send(add, worker.key()).as(Process.class);
    }

    private static <T> T awaitThen(CyclicBarrier barrier, java.util.function.Supplier<T> action) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return action.get();
    }

    private static List<Integer> ints(List<Object> values) {
        assertFalse(values == null);
        return values.stream().map(v -> ((BigDecimal) v).intValueExact()).toList();
    }
}
