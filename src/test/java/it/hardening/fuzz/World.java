package it.hardening.fuzz;

import static it.support.SpecBuilder.aSpec;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Cron;
import io.colonies.model.core.Function;
import io.colonies.model.core.Generator;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.ColonyMessages.DeleteColony;
import io.colonies.model.rpc.CronMessages.AddCron;
import io.colonies.model.rpc.ExecutorMessages.AddFunction;
import io.colonies.model.rpc.GeneratorMessages.AddGenerator;
import io.colonies.model.rpc.LogMessages.AddLog;
import io.colonies.model.rpc.ProcessMessages.AddAttribute;
import io.colonies.model.security.PrivateKey;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Keys;
import it.support.Rpc;
import it.support.SpecBuilder;
import it.support.Workflows;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The objects one round of fuzzing aims at, built with valid requests: colony A with its member and
 * one object of every kind (several processes in the states the messages need, so a destructive
 * request has a target of its own), colony B with the same kinds, whose ids the mutations borrow, and
 * a spare colony S that the delete-colony templates may delete. Each round gets a fresh world, so a
 * request that succeeded in deleting something only narrows the rest of its own round.
 */
public final class World {
    public static final String TYPE = "fuzz-it";

    public final Rpc rpc;
    public final TestColony a;
    public final TestExecutor member;
    /** Registered, not approved: targets of approve, reject and delete. */
    public final TestExecutor pending;
    public final TestExecutor rejectable;
    public final TestExecutor removable;
    public final TestColony b;
    public final TestExecutor memberB;
    public final TestColony spare;

    /** Running, assigned to {@link #member}: closed, failed, unassigned, given attributes and logs. */
    public final String runningClose;
    public final String runningFail;
    public final String runningUnassign;
    public final String runningAttributes;
    public final String waiting;
    public final String waitingCancel;
    public final String waitingDelete;
    public final String graph;
    /** The running root of {@link #graph}, parent of added children. */
    public final String graphRoot;
    public final String graphCancel;
    public final String graphDelete;
    public final String attribute;
    public final String attributeRemove;
    public final String function;
    public final String functionDelete;
    public final String cron;
    public final String cronDelete;
    public final String generator;
    public final String generatorName;
    public final String generatorDelete;
    /** Ids of colony B's objects (and B itself), for FOREIGN_ID mutations. */
    public final List<String> foreignIds = new ArrayList<>();

    public World(Rpc rpc) {
        this.rpc = rpc;
        a = Fixtures.newColony(rpc);
        member = a.executor(TYPE);
        pending = a.register(TYPE);
        rejectable = a.register(TYPE);
        removable = a.register(TYPE);
        b = Fixtures.newColony(rpc);
        memberB = b.executor(TYPE);
        spare = Fixtures.newColony(rpc);

        // the colony is new, so the queue holds exactly what is submitted here, in this order
        ProcessGraph g = Workflows.submit(member, aSpec().named("root").ofType(TYPE),
                aSpec().named("leaf").ofType(TYPE).after("root"));
        graph = g.processgraphid;
        graphRoot = member.assign(1).processid;
        runningClose = running();
        runningFail = running();
        runningUnassign = running();
        runningAttributes = running();
        waiting = member.submit(aSpec()).processid;
        waitingCancel = member.submit(aSpec()).processid;
        waitingDelete = member.submit(aSpec()).processid;
        graphCancel = Workflows.submit(member, aSpec().named("only").ofType(TYPE)).processgraphid;
        graphDelete = Workflows.submit(member, aSpec().named("only").ofType(TYPE)).processgraphid;
        attribute = attribute(member, runningAttributes, "k1");
        attributeRemove = attribute(member, runningAttributes, "k2");
        log(member, runningAttributes);
        function = function(member, "fuzzfn");
        functionDelete = function(member, "fuzzfn2");
        cron = cron(member, "cron-" + UUID.randomUUID());
        cronDelete = cron(member, "cron-" + UUID.randomUUID());
        generatorName = "gen-" + UUID.randomUUID();
        generator = generator(member, generatorName);
        generatorDelete = generator(member, "gen-" + UUID.randomUUID());

        String processB = memberB.submit(aSpec()).processid;
        memberB.assign(1);
        foreignIds.addAll(List.of(b.id(), memberB.id(), processB,
                Workflows.submit(memberB, aSpec().named("only").ofType(TYPE)).processgraphid,
                attribute(memberB, processB, "kb"), function(memberB, "fuzzfnb"),
                cron(memberB, "cron-" + UUID.randomUUID()), generator(memberB, "gen-" + UUID.randomUUID())));
    }

    private String running() {
        member.submit(aSpec());
        return member.assign(1).processid;
    }

    /** Deletes the round's colonies with everything in them (the spare one may be gone already). */
    public void delete() {
        for (TestColony colony : List.of(a, b, spare)) {
            DeleteColony delete = new DeleteColony();
            delete.colonyid = colony.id();
            rpc.send(delete, Keys.SERVER);
        }
    }

    public String workflowJson(String colonyId) {
        WorkflowSpec spec = new WorkflowSpec();
        spec.colonyid = colonyId;
        spec.functionspecs = List.of(aSpec().named("only").ofType(TYPE).build());
        return WireJson.toJson(spec);
    }

    public SpecBuilder spec() {
        return aSpec().inColony(a.id()).ofType(TYPE).func("echo", "arg", 1);
    }

    private static String attribute(TestExecutor by, String processId, String key) {
        AddAttribute add = new AddAttribute();
        add.attribute = new Attribute();
        add.attribute.targetid = processId;
        add.attribute.targetcolonyid = by.colony().id();
        add.attribute.attributetype = Attribute.OUT;
        add.attribute.key = key;
        add.attribute.value = "v";
        return by.colony().rpc().send(add, by.key()).as(Attribute.class).attributeid;
    }

    private static void log(TestExecutor by, String processId) {
        AddLog add = new AddLog();
        add.processid = processId;
        add.message = "hello";
        by.colony().rpc().send(add, by.key()).as(Object.class);
    }

    private static String function(TestExecutor by, String name) {
        AddFunction add = new AddFunction();
        add.fun = new Function();
        add.fun.executorid = by.id();
        add.fun.colonyid = by.colony().id();
        add.fun.funcname = name;
        return by.colony().rpc().send(add, by.key()).as(Function.class).functionid;
    }

    private String cron(TestExecutor by, String name) {
        AddCron add = new AddCron();
        add.cron = new Cron();
        add.cron.colonyid = by.colony().id();
        add.cron.name = name;
        add.cron.cronexpression = "0 0 0 1 1 *";
        add.cron.interval = -1;
        add.cron.workflowspec = workflowJson(by.colony().id());
        return by.colony().rpc().send(add, by.key()).as(Cron.class).cronid;
    }

    private String generator(TestExecutor by, String name) {
        AddGenerator add = new AddGenerator();
        add.generator = new Generator();
        add.generator.colonyid = by.colony().id();
        add.generator.name = name;
        add.generator.trigger = 1000;
        add.generator.timeout = -1;
        add.generator.workflowspec = workflowJson(by.colony().id());
        return by.colony().rpc().send(add, by.key()).as(Generator.class).generatorid;
    }

    /** Keys a request may be signed with instead of the right one. */
    public PrivateKey[] wrongSigners() {
        return new PrivateKey[] {memberB.key(), b.key(), a.key(), pending.key(), PrivateKey.generate(), Keys.SERVER};
    }
}
