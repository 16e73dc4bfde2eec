package it.hardening.fuzz;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Colony;
import io.colonies.model.core.Cron;
import io.colonies.model.core.Executor;
import io.colonies.model.core.Generator;
import io.colonies.model.core.ProcessState;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.rpc.ColonyMessages;
import io.colonies.model.rpc.CronMessages;
import io.colonies.model.rpc.ExecutorMessages;
import io.colonies.model.rpc.GeneratorMessages;
import io.colonies.model.rpc.LogMessages;
import io.colonies.model.rpc.Message;
import io.colonies.model.rpc.ProcessMessages;
import io.colonies.model.rpc.ServerMessages;
import io.colonies.model.rpc.WorkflowMessages;
import io.colonies.model.security.PrivateKey;
import it.support.Keys;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A valid request for every RPC message the server registers (docs/compatibility.md), signed by a
 * caller allowed to send it and aimed at the world's object of the right kind. The fuzzer mutates
 * these; a test in FuzzIT keeps the list complete.
 */
public final class RpcTemplates {
    /** One message type: how to build it valid in a world, and who signs it (null: unsigned). */
    public record Template(String type, Function<World, Message> message, Function<World, PrivateKey> signer) {
    }

    private RpcTemplates() {
    }

    public static List<Template> all() {
        List<Template> t = new ArrayList<>();
        server(t);
        colonies(t);
        executors(t);
        processes(t);
        workflows(t);
        schedules(t);
        return t;
    }

    private static void server(List<Template> t) {
        t.add(new Template("versionmsg", w -> new ServerMessages.Version(), w -> null));
        t.add(new Template("getstatisticsmsg", w -> new ServerMessages.GetStatistics(), w -> Keys.SERVER));
        t.add(new Template("getclustermsg", w -> new ServerMessages.GetCluster(), w -> Keys.SERVER));
    }

    private static void colonies(List<Template> t) {
        t.add(new Template("addcolonymsg", w -> {
            var m = new ColonyMessages.AddColony();
            m.colony = new Colony(PrivateKey.generate().id(), "fuzz-" + UUID.randomUUID());
            return m;
        }, w -> Keys.SERVER));
        t.add(new Template("deletecolonymsg", w -> {
            var m = new ColonyMessages.DeleteColony();
            m.colonyid = w.spare.id();
            return m;
        }, w -> Keys.SERVER));
        t.add(new Template("renamecolonymsg", w -> {
            var m = new ColonyMessages.RenameColony();
            m.colonyid = w.a.id();
            m.name = "renamed-" + UUID.randomUUID();
            return m;
        }, w -> w.a.key()));
        t.add(new Template("getcoloniesmsg", w -> new ColonyMessages.GetColonies(), w -> Keys.SERVER));
        t.add(new Template("getcolonymsg", w -> {
            var m = new ColonyMessages.GetColony();
            m.colonyid = w.a.id();
            return m;
        }, w -> w.member.key()));
        t.add(new Template("getcolonystatsmsg", w -> {
            var m = new ColonyMessages.GetColonyStats();
            m.colonyid = w.a.id();
            return m;
        }, w -> w.member.key()));
    }

    private static void executors(List<Template> t) {
        t.add(new Template("addexecutormsg", w -> {
            var m = new ExecutorMessages.AddExecutor();
            m.executor = new Executor();
            m.executor.executorid = PrivateKey.generate().id();
            m.executor.executortype = World.TYPE;
            m.executor.executorname = "fuzz-" + UUID.randomUUID();
            m.executor.colonyid = w.a.id();
            return m;
        }, w -> w.a.key()));
        t.add(new Template("getexecutorsmsg", w -> {
            var m = new ExecutorMessages.GetExecutors();
            m.colonyid = w.a.id();
            return m;
        }, w -> w.member.key()));
        t.add(executorRef("getexecutormsg", ExecutorMessages.GetExecutor::new, w -> w.member.id(), w -> w.member.key()));
        t.add(executorRef("approveexecutormsg", ExecutorMessages.ApproveExecutor::new, w -> w.pending.id(), w -> w.a.key()));
        t.add(executorRef("rejectexecutormsg", ExecutorMessages.RejectExecutor::new, w -> w.rejectable.id(), w -> w.a.key()));
        t.add(executorRef("deleteexecutormsg", ExecutorMessages.DeleteExecutor::new, w -> w.removable.id(), w -> w.a.key()));
        t.add(new Template("addfunctionmsg", w -> {
            var m = new ExecutorMessages.AddFunction();
            m.fun = new io.colonies.model.core.Function();
            m.fun.executorid = w.member.id();
            m.fun.colonyid = w.a.id();
            m.fun.funcname = "fn-" + UUID.randomUUID();
            m.fun.args = new ArrayList<>(List.of("a"));
            return m;
        }, w -> w.member.key()));
        t.add(new Template("getfunctionsmsg", w -> {
            var m = new ExecutorMessages.GetFunctions();
            m.executorid = w.member.id();
            m.colonyid = w.a.id();
            return m;
        }, w -> w.member.key()));
        t.add(new Template("deletefunctionmsg", w -> {
            var m = new ExecutorMessages.DeleteFunction();
            m.functionid = w.functionDelete;
            return m;
        }, w -> w.member.key()));
    }

    private static Template executorRef(String type, java.util.function.Supplier<ExecutorMessages.ExecutorRef> make,
                                        Function<World, String> id, Function<World, PrivateKey> signer) {
        return new Template(type, w -> {
            var m = make.get();
            m.executorid = id.apply(w);
            return m;
        }, signer);
    }

    private static void processes(List<Template> t) {
        t.add(new Template("submitfuncspecmsg", w -> {
            var m = new ProcessMessages.SubmitFunctionSpec();
            m.spec = w.spec().env("k", "v").maxWaitTime(60).maxExecTime(60).maxRetries(1).withPriority(1).build();
            m.spec.label = "fuzz";
            m.idempotencykey = "idem-" + UUID.randomUUID();
            return m;
        }, w -> w.member.key()));
        t.add(new Template("assignprocessmsg", w -> {
            var m = new ProcessMessages.AssignProcess();
            m.colonyid = w.a.id();
            m.timeout = 1; // 0 is refused over RPC; longer waits are cut to 1 s by Mutator.boundWaits
            return m;
        }, w -> w.member.key()));
        t.add(new Template("closesuccessfulmsg", w -> {
            var m = new ProcessMessages.CloseSuccessful();
            m.processid = w.runningClose;
            m.out = new ArrayList<>(List.of("done", 1));
            return m;
        }, w -> w.member.key()));
        t.add(new Template("closefailedmsg", w -> {
            var m = new ProcessMessages.CloseFailed();
            m.processid = w.runningFail;
            m.errors = new ArrayList<>(List.of("boom"));
            return m;
        }, w -> w.member.key()));
        t.add(processRef("getprocessmsg", w -> w.waiting, id -> {
            var m = new ProcessMessages.GetProcess();
            m.processid = id;
            return m;
        }));
        t.add(new Template("getprocessesmsg", w -> {
            var m = new ProcessMessages.GetProcesses();
            m.colonyid = w.a.id();
            m.count = 10;
            m.state = ProcessState.WAITING;
            m.executortype = World.TYPE;
            return m;
        }, w -> w.member.key()));
        t.add(new Template("getprocesshistmsg", w -> {
            var m = new ProcessMessages.GetProcessHistory();
            m.colonyid = w.a.id();
            m.executorid = w.member.id();
            m.seconds = 60;
            m.state = ProcessState.RUNNING;
            return m;
        }, w -> w.member.key()));
        t.add(processRef("deleteprocessmsg", w -> w.waitingDelete, id -> {
            var m = new ProcessMessages.DeleteProcess();
            m.processid = id;
            return m;
        }));
        t.add(new Template("deleteallprocessesmsg", w -> {
            var m = new ProcessMessages.DeleteAllProcesses();
            m.colonyid = w.a.id();
            m.state = ProcessState.FAILED;
            return m;
        }, w -> w.a.key()));
        t.add(new Template("addattributemsg", w -> {
            var m = new ProcessMessages.AddAttribute();
            m.attribute = new Attribute();
            m.attribute.targetid = w.runningAttributes;
            m.attribute.targetcolonyid = w.a.id();
            m.attribute.attributetype = Attribute.OUT;
            m.attribute.key = "k-" + UUID.randomUUID();
            m.attribute.value = "v";
            return m;
        }, w -> w.member.key()));
        t.add(new Template("getattributemsg", w -> {
            var m = new ProcessMessages.GetAttribute();
            m.attributeid = w.attribute;
            return m;
        }, w -> w.member.key()));
        t.add(processRef("cancelprocessmsg", w -> w.waitingCancel, id -> {
            var m = new ProcessMessages.CancelProcess();
            m.processid = id;
            return m;
        }));
        t.add(processRef("unassignprocessmsg", w -> w.runningUnassign, id -> {
            var m = new ProcessMessages.UnassignProcess();
            m.processid = id;
            return m;
        }));
        t.add(new Template("removeattributemsg", w -> {
            var m = new ProcessMessages.RemoveAttribute();
            m.attributeid = w.attributeRemove;
            return m;
        }, w -> w.member.key()));
        t.add(processRef("addlogmsg", w -> w.runningAttributes, id -> {
            var m = new LogMessages.AddLog();
            m.processid = id;
            m.message = "line";
            return m;
        }));
        t.add(new Template("pauseassignmentsmsg", w -> {
            var m = new ProcessMessages.PauseAssignments();
            m.colonyid = w.a.id();
            return m;
        }, w -> w.a.key()));
        t.add(new Template("resumeassignmentsmsg", w -> {
            var m = new ProcessMessages.ResumeAssignments();
            m.colonyid = w.a.id();
            return m;
        }, w -> w.a.key()));
        t.add(new Template("getpausestatusmsg", w -> {
            var m = new ProcessMessages.GetPauseStatus();
            m.colonyid = w.a.id();
            return m;
        }, w -> w.member.key()));
        t.add(processRef("getlogsmsg", w -> w.runningAttributes, id -> {
            var m = new LogMessages.GetLogs();
            m.processid = id;
            m.count = 10;
            return m;
        }));
    }

    private static Template processRef(String type, Function<World, String> id, Function<String, Message> make) {
        return new Template(type, w -> make.apply(id.apply(w)), w -> w.member.key());
    }

    private static void workflows(List<Template> t) {
        t.add(new Template("submitworkflowspecmsg", w -> {
            var m = new WorkflowMessages.SubmitWorkflowSpec();
            m.spec = new WorkflowSpec();
            m.spec.colonyid = w.a.id();
            m.spec.functionspecs = List.of(w.spec().named("first").build(), w.spec().named("second").after("first").build());
            return m;
        }, w -> w.member.key()));
        t.add(graphRef("getprocessgraphmsg", w -> w.graph, id -> {
            var m = new WorkflowMessages.GetProcessGraph();
            m.processgraphid = id;
            return m;
        }));
        t.add(new Template("getprocessgraphsmsg", w -> {
            var m = new WorkflowMessages.GetProcessGraphs();
            m.colonyid = w.a.id();
            m.count = 10;
            m.state = ProcessState.WAITING;
            return m;
        }, w -> w.member.key()));
        t.add(graphRef("deleteprocessgraphmsg", w -> w.graphDelete, id -> {
            var m = new WorkflowMessages.DeleteProcessGraph();
            m.processgraphid = id;
            return m;
        }));
        t.add(new Template("deleteallprocessgraphsmsg", w -> {
            var m = new WorkflowMessages.DeleteAllProcessGraphs();
            m.colonyid = w.a.id();
            m.state = ProcessState.FAILED;
            return m;
        }, w -> w.a.key()));
        t.add(new Template("addchildmsg", w -> {
            var m = new WorkflowMessages.AddChild();
            m.processgraphid = w.graph;
            m.parentprocessid = w.graphRoot;
            m.spec = w.spec().named("child-" + UUID.randomUUID()).build();
            return m;
        }, w -> w.member.key()));
        t.add(graphRef("cancelprocessgraphmsg", w -> w.graphCancel, id -> {
            var m = new WorkflowMessages.CancelProcessGraph();
            m.processgraphid = id;
            return m;
        }));
    }

    private static Template graphRef(String type, Function<World, String> id, Function<String, Message> make) {
        return new Template(type, w -> make.apply(id.apply(w)), w -> w.member.key());
    }

    private static void schedules(List<Template> t) {
        t.add(new Template("addcronmsg", w -> {
            var m = new CronMessages.AddCron();
            m.cron = new Cron();
            m.cron.colonyid = w.a.id();
            m.cron.name = "cron-" + UUID.randomUUID();
            m.cron.cronexpression = "0 0 0 1 1 *";
            m.cron.interval = -1;
            m.cron.workflowspec = w.workflowJson(w.a.id());
            return m;
        }, w -> w.member.key()));
        t.add(cronRef("getcronmsg", CronMessages.GetCron::new, w -> w.cron));
        t.add(new Template("getcronsmsg", w -> {
            var m = new CronMessages.GetCrons();
            m.colonyid = w.a.id();
            m.count = 10;
            return m;
        }, w -> w.member.key()));
        t.add(cronRef("runcronmsg", CronMessages.RunCron::new, w -> w.cron));
        t.add(cronRef("deletecronmsg", CronMessages.DeleteCron::new, w -> w.cronDelete));
        t.add(new Template("addgeneratormsg", w -> {
            var m = new GeneratorMessages.AddGenerator();
            m.generator = new Generator();
            m.generator.colonyid = w.a.id();
            m.generator.name = "gen-" + UUID.randomUUID();
            m.generator.trigger = 1000;
            m.generator.timeout = -1;
            m.generator.workflowspec = w.workflowJson(w.a.id());
            return m;
        }, w -> w.member.key()));
        t.add(generatorRef("getgeneratormsg", GeneratorMessages.GetGenerator::new, w -> w.generator));
        t.add(generatorRef("deletegeneratormsg", GeneratorMessages.DeleteGenerator::new, w -> w.generatorDelete));
        t.add(new Template("resolvegeneratormsg", w -> {
            var m = new GeneratorMessages.ResolveGenerator();
            m.generatorname = w.generatorName;
            return m;
        }, w -> w.member.key()));
        t.add(new Template("getgeneratorsmsg", w -> {
            var m = new GeneratorMessages.GetGenerators();
            m.colonyid = w.a.id();
            m.count = 10;
            return m;
        }, w -> w.member.key()));
        t.add(new Template("packgeneratormsg", w -> {
            var m = new GeneratorMessages.PackGenerator();
            m.generatorid = w.generator;
            m.arg = "packed";
            return m;
        }, w -> w.member.key()));
    }

    private static Template cronRef(String type, java.util.function.Supplier<CronMessages.CronRef> make,
                                    Function<World, String> id) {
        return new Template(type, w -> {
            var m = make.get();
            m.cronid = id.apply(w);
            return m;
        }, w -> w.member.key());
    }

    private static Template generatorRef(String type, java.util.function.Supplier<GeneratorMessages.GeneratorRef> make,
                                         Function<World, String> id) {
        return new Template(type, w -> {
            var m = make.get();
            m.generatorid = id.apply(w);
            return m;
        }, w -> w.member.key());
    }
}
