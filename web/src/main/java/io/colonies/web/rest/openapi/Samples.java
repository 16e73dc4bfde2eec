package io.colonies.web.rest.openapi;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Cluster;
import io.colonies.model.core.ClusterNode;
import io.colonies.model.core.Colony;
import io.colonies.model.core.Cron;
import io.colonies.model.core.Executor;
import io.colonies.model.core.Function;
import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Generator;
import io.colonies.model.core.Log;
import io.colonies.model.core.PauseStatus;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.ProcessState;
import io.colonies.model.core.Statistics;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.web.rest.Problem;
import io.colonies.web.rest.colony.ColonyRename;
import io.colonies.web.rest.generator.PackRequest;
import io.colonies.web.rest.process.CloseFailure;
import io.colonies.web.rest.process.CloseSuccess;
import io.colonies.web.rest.process.ClosureItem;
import io.colonies.web.rest.process.ClosureResult;
import io.colonies.web.rest.process.LogLine;
import io.colonies.web.rest.process.ProcessPage;
import io.colonies.web.rest.server.VersionInfo;
import io.colonies.web.rest.workflow.ChildRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Realistic example values of the documented objects, shown by the OpenAPI UI. */
final class Samples {
    static final String COLONY = "4787a5071856a4acf702b2ffcea422e3237a679c681314113d86139461290cf4";
    static final String EXECUTOR = "8d3bd4c9f6a7e5b1c0d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4";
    static final String PROCESS = "1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff001";
    static final String GRAPH = "9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddccbbaa99887766554433221100";
    private static final Instant AT = Instant.parse("2026-01-01T12:00:00Z");

    private Samples() {
    }

    static Map<String, Object> all() {
        Map<String, Object> samples = new LinkedHashMap<>();
        samples.put("Colony", new Colony(COLONY, "dev"));
        samples.put("Executor", executor());
        samples.put("Function", function());
        samples.put("FunctionSpec", spec());
        samples.put("Process", process());
        samples.put("ProcessPage", page());
        samples.put("Attribute", attribute());
        samples.put("WorkflowSpec", workflow());
        samples.put("ProcessGraph", graph());
        samples.put("Cron", cron());
        samples.put("Generator", generator());
        samples.put("Statistics", statistics());
        samples.put("Cluster", cluster());
        samples.put("Problem", problem());
        samples.put("VersionInfo", version());
        samples.put("ColonyRename", rename());
        samples.put("CloseSuccess", success());
        samples.put("CloseFailure", failure());
        samples.put("ChildRequest", child());
        samples.put("PackRequest", pack());
        samples.put("Log", log());
        samples.put("LogLine", logLine());
        samples.put("ClosureItem", closure());
        samples.put("ClosureResult", closureResult());
        samples.put("PauseStatus", new PauseStatus(COLONY, true));
        return samples;
    }

    private static Executor executor() {
        Executor e = new Executor();
        e.executorid = EXECUTOR;
        e.executortype = "cli";
        e.executorname = "worker-1";
        e.colonyid = COLONY;
        e.state = Executor.APPROVED;
        e.commissiontime = AT;
        e.lastheardfromtime = AT;
        return e;
    }

    private static Function function() {
        Function f = new Function();
        f.functionid = GRAPH;
        f.executorid = EXECUTOR;
        f.colonyid = COLONY;
        f.funcname = "echo";
        f.desc = "prints its arguments";
        f.args = new ArrayList<>(List.of("text"));
        return f;
    }

    private static FunctionSpec spec() {
        FunctionSpec s = new FunctionSpec();
        s.funcname = "echo";
        s.args = new ArrayList<>(List.of("hello"));
        s.maxwaittime = -1;
        s.maxexectime = 60;
        s.maxretries = 3;
        s.conditions.colonyid = COLONY;
        s.conditions.executortype = "cli";
        return s;
    }

    private static Process process() {
        Process p = new Process();
        p.processid = PROCESS;
        p.assignedexecutorid = EXECUTOR;
        p.isassigned = true;
        p.state = ProcessState.RUNNING;
        p.prioritytime = 1767268800000000000L;
        p.submissiontime = AT;
        p.starttime = AT.plusSeconds(2);
        p.execdeadline = AT.plusSeconds(62);
        p.spec = spec();
        return p;
    }

    private static ProcessPage page() {
        ProcessPage page = new ProcessPage();
        page.items = new ArrayList<>(List.of(process()));
        page.next = "MTc2NzI2ODgwMDAwMDAwMDAwMDox";
        return page;
    }

    private static Attribute attribute() {
        Attribute a = new Attribute();
        a.attributeid = GRAPH;
        a.targetid = PROCESS;
        a.targetcolonyid = COLONY;
        a.state = ProcessState.RUNNING;
        a.attributetype = Attribute.OUT;
        a.key = "progress";
        a.value = "50%";
        return a;
    }

    private static WorkflowSpec workflow() {
        WorkflowSpec w = new WorkflowSpec();
        w.colonyid = COLONY;
        FunctionSpec fetch = spec();
        fetch.nodename = "fetch";
        FunctionSpec report = spec();
        report.nodename = "report";
        report.conditions.dependencies = new ArrayList<>(List.of("fetch"));
        w.functionspecs = new ArrayList<>(List.of(fetch, report));
        return w;
    }

    private static ProcessGraph graph() {
        ProcessGraph g = new ProcessGraph();
        g.processgraphid = GRAPH;
        g.colonyid = COLONY;
        g.rootprocessids = new ArrayList<>(List.of(PROCESS));
        g.processids = new ArrayList<>(List.of(PROCESS));
        g.state = ProcessState.RUNNING;
        g.submissiontime = AT;
        g.starttime = AT.plusSeconds(2);
        return g;
    }

    private static Cron cron() {
        Cron c = new Cron();
        c.cronid = GRAPH;
        c.colonyid = COLONY;
        c.name = "nightly-report";
        c.cronexpression = "0 0 2 * * *";
        c.interval = -1;
        c.nextrun = AT.plusSeconds(50400);
        c.workflowspec = "{\"functionspecs\":[{\"funcname\":\"report\",\"conditions\":{\"executortype\":\"cli\"}}]}";
        return c;
    }

    private static Generator generator() {
        Generator g = new Generator();
        g.generatorid = GRAPH;
        g.colonyid = COLONY;
        g.name = "thumbnails";
        g.trigger = 10;
        g.timeout = 60;
        g.workflowspec = "{\"functionspecs\":[{\"funcname\":\"thumb\",\"conditions\":{\"executortype\":\"cli\"}}]}";
        return g;
    }

    private static Statistics statistics() {
        Statistics s = new Statistics();
        s.colonies = 1;
        s.executors = 4;
        s.waitingprocesses = 12;
        s.runningprocesses = 4;
        s.successfulprocesses = 1030;
        s.failedprocesses = 7;
        s.runningworkflows = 2;
        s.successfulworkflows = 88;
        return s;
    }

    private static Cluster cluster() {
        ClusterNode node = new ClusterNode();
        node.name = "replica-a";
        node.host = "colonies-1.internal";
        node.apiport = 50080;
        node.port = 50080;
        Cluster c = new Cluster();
        c.nodes = new ArrayList<>(List.of(node));
        c.leader = node;
        return c;
    }

    private static VersionInfo version() {
        VersionInfo v = new VersionInfo();
        v.buildversion = "v1.1.1-jakarta";
        v.buildtime = "1.0.0";
        return v;
    }

    private static ColonyRename rename() {
        ColonyRename r = new ColonyRename();
        r.name = "production";
        return r;
    }

    private static CloseSuccess success() {
        CloseSuccess s = new CloseSuccess();
        s.out = new ArrayList<>(List.of("hello", 42));
        return s;
    }

    private static CloseFailure failure() {
        CloseFailure f = new CloseFailure();
        f.errors = new ArrayList<>(List.of("exit status 1"));
        return f;
    }

    private static ChildRequest child() {
        ChildRequest c = new ChildRequest();
        c.parentprocessid = PROCESS;
        c.spec = spec();
        c.spec.nodename = "extra";
        return c;
    }

    private static PackRequest pack() {
        PackRequest p = new PackRequest();
        p.arg = "images/cat.png";
        return p;
    }

    private static Problem problem() {
        Problem p = new Problem();
        p.type = "https://colonies.io/problems/process/conflict";
        p.title = "Conflict";
        p.status = 409;
        p.detail = "Tried to set waiting process as completed without being running";
        p.instance = "urn:uuid:3f1c9a52-7d2e-4b8a-9c61-0e5f4d3b2a19";
        return p;
    }

    private static Log log() {
        Log log = new Log();
        log.processid = PROCESS;
        log.colonyid = COLONY;
        log.executorid = EXECUTOR;
        log.message = "step 1 of 3 done";
        log.timestamp = 1767225600000000000L;
        return log;
    }

    private static LogLine logLine() {
        LogLine line = new LogLine();
        line.message = "step 1 of 3 done";
        return line;
    }

    private static ClosureItem closure() {
        ClosureItem c = new ClosureItem();
        c.processid = PROCESS;
        c.successful = true;
        c.out = new ArrayList<>(List.of("hello"));
        return c;
    }

    private static ClosureResult closureResult() {
        ClosureResult r = new ClosureResult();
        r.processid = PROCESS;
        r.status = 409;
        r.problem = problem();
        return r;
    }
}
