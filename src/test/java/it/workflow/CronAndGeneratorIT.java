package it.workflow;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Cron;
import io.colonies.model.core.Generator;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.CronMessages.AddCron;
import io.colonies.model.rpc.CronMessages.GetCron;
import io.colonies.model.rpc.CronMessages.RunCron;
import io.colonies.model.rpc.GeneratorMessages.AddGenerator;
import io.colonies.model.rpc.GeneratorMessages.GetGenerator;
import io.colonies.model.rpc.GeneratorMessages.PackGenerator;
import io.colonies.model.rpc.WorkflowMessages.GetProcessGraphs;
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
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Crons and generators on two live replicas: the leader's scans fire them, moved along by the test
 * clock, and a deadline never fires twice.
 */
@ExtendWith(ArquillianExtension.class)
class CronAndGeneratorIT {
    private final Rpc a = Rpc.replicaA();
    private final Rpc b = Rpc.replicaB();
    private TestColony colony;
    private TestExecutor member;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void freshColony() {
        TestClock.alignBoth();
        colony = Fixtures.newColony(a);
        member = colony.executor("sched");
    }

    @Test
    void anIntervalCronFiresOncePerDeadlineOnTwoReplicas() {
        Cron cron = addCron(10, "", false);
        Eventually.await(Duration.ofSeconds(15), () -> getCron(cron.cronid, a),
                c -> c.nextrun.getEpochSecond() > 1000, "the first deadline to be scheduled");
        assertEquals(0, graphs(ProcessState.WAITING).size(), "scheduling alone does not run");

        TestClock.advanceBoth(15);
        Eventually.await(Duration.ofSeconds(15), () -> graphs(ProcessState.WAITING).size(), n -> n >= 1, "a run");
        waitForTicksOnBothReplicas();
        assertEquals(1, graphs(ProcessState.WAITING).size(), "one deadline, one run");

        TestClock.advanceBoth(15);
        Eventually.await(Duration.ofSeconds(15), () -> graphs(ProcessState.WAITING).size(), n -> n >= 2, "the next run");
        waitForTicksOnBothReplicas();
        assertEquals(2, graphs(ProcessState.WAITING).size());
    }

    @Test
    void theNextRunGetsThePreviousRunsOutputAndRunNowChecksTheCallerFirst() {
        Cron cron = addCron(3600, "", false);
        RunCron run = new RunCron();
        run.cronid = cron.cronid;
        assertEquals(403, a.send(run, colony.key()).status(), "the colony owner is not a member");
        assertEquals(0, graphs(ProcessState.WAITING).size(), "a refused run started nothing");

        assertTrue(a.send(run, member.key()).ok());
        Process first = member.assign(-1);
        assertTrue(member.close(first.processid, "carried over").ok());
        assertTrue(b.send(run, member.key()).ok());
        Process second = member.assign(-1);
        assertEquals(List.of("carried over"), second.in);
    }

    @Test
    void aGeneratorTriggersByCount() {
        Generator generator = addGenerator(3, -1);
        for (int i = 1; i <= 7; i++) {
            pack(generator, "arg" + i, i % 2 == 0 ? a : b);
        }
        List<List<Object>> runs = Eventually.await(Duration.ofSeconds(15), this::generatedArgs, r -> r.size() >= 2,
                "two workflows from seven args with trigger 3");
        waitForTicksOnBothReplicas();
        runs = generatedArgs();
        assertEquals(2, runs.size());
        assertEquals(List.of(List.of("arg1", "arg2", "arg3"), List.of("arg4", "arg5", "arg6")), sorted(runs));
        GetGenerator get = new GetGenerator();
        get.generatorid = generator.generatorid;
        assertEquals(1, a.send(get, member.key()).as(Generator.class).queuesize, "one arg waits for more");
    }

    @Test
    void aGeneratorTriggersByTimeout() {
        Generator generator = addGenerator(10, 5);
        pack(generator, "lonely", a);
        waitForTicksOnBothReplicas();
        assertEquals(0, generatedArgs().size(), "not yet: one arg and no timeout");
        TestClock.advanceBoth(10);
        List<List<Object>> runs = Eventually.await(Duration.ofSeconds(15), this::generatedArgs, r -> r.size() == 1,
                "a workflow after the timeout");
        assertEquals(List.of(List.of("lonely")), runs);
    }

    @Test
    void aGeneratorWithTriggerBelowOneIsRefused() {
        AddGenerator add = new AddGenerator();
        add.generator = generatorSpec(0, -1);
        Reply reply = a.send(add, member.key());
        assertEquals(400, reply.status());
    }

    private Cron addCron(long interval, String expression, boolean waitForPrevious) {
        AddCron add = new AddCron();
        add.cron = new Cron();
        add.cron.colonyid = colony.id();
        add.cron.name = "cron-" + UUID.randomUUID();
        add.cron.interval = interval;
        add.cron.cronexpression = expression;
        add.cron.waitforprevprocessgraph = waitForPrevious;
        add.cron.workflowspec = workflowJson();
        return a.send(add, member.key()).as(Cron.class);
    }

    private Cron getCron(String cronId, Rpc rpc) {
        GetCron get = new GetCron();
        get.cronid = cronId;
        return rpc.send(get, member.key()).as(Cron.class);
    }

    private Generator addGenerator(int trigger, long timeout) {
        AddGenerator add = new AddGenerator();
        add.generator = generatorSpec(trigger, timeout);
        return a.send(add, member.key()).as(Generator.class);
    }

    private Generator generatorSpec(int trigger, long timeout) {
        Generator g = new Generator();
        g.colonyid = colony.id();
        g.name = "gen-" + UUID.randomUUID();
        g.trigger = trigger;
        g.timeout = timeout;
        g.workflowspec = workflowJson();
        return g;
    }

    private void pack(Generator generator, String arg, Rpc via) {
        PackGenerator pack = new PackGenerator();
        pack.generatorid = generator.generatorid;
        pack.arg = arg;
        assertTrue(via.send(pack, member.key()).ok());
    }

    private String workflowJson() {
        WorkflowSpec spec = new WorkflowSpec();
        spec.colonyid = colony.id();
        spec.functionspecs = List.of(aSpec().named("only").ofType("sched").build());
        return WireJson.toJson(spec);
    }

    private List<ProcessGraph> graphs(int state) {
        GetProcessGraphs list = new GetProcessGraphs();
        list.colonyid = colony.id();
        list.state = state;
        list.count = 100;
        ProcessGraph[] found = a.send(list, member.key()).as(ProcessGraph[].class);
        return found == null ? List.of() : List.of(found); // /api answers null for an empty list
    }

    /** The args of every generated root process, one list per workflow. */
    private List<List<Object>> generatedArgs() {
        List<List<Object>> runs = new ArrayList<>();
        for (ProcessGraph g : graphs(ProcessState.WAITING)) {
            runs.add(member.get(g.rootprocessids.get(0)).spec.args);
        }
        return runs;
    }

    private static List<List<Object>> sorted(List<List<Object>> runs) {
        return runs.stream().sorted((x, y) -> String.valueOf(x.get(0)).compareTo(String.valueOf(y.get(0)))).toList();
    }

    /** Lets both replicas' scan timers tick a few times (their period is 500 ms in the IT servers). */
    private static void waitForTicksOnBothReplicas() {
        long until = System.nanoTime() + Duration.ofMillis(2000).toNanos();
        Eventually.await(Duration.ofSeconds(5), System::nanoTime, now -> now > until, "scan ticks");
    }
}
