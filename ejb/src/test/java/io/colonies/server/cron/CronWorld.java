package io.colonies.server.cron;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.process.ProcessRepository;
import io.colonies.server.security.Caller;
import io.colonies.server.security.Roles;
import io.colonies.server.workflow.ProcessGraphRepository;
import io.colonies.server.workflow.WorkflowService;
import io.colonies.server.workflow.WorkflowService.RootInputs;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cron beans wired to in-memory stand-ins for the database and the workflow service. */
final class CronWorld {
    static final long CHECKER_PERIOD_MS = 250;

    final InMemoryCrons crons = new InMemoryCrons();
    final Map<String, ProcessGraph> graphs = new HashMap<>();
    final Map<String, List<Process>> members = new HashMap<>();
    final List<Submitted> submitted = new ArrayList<>();
    final CronLauncher launcher = new CronLauncher();
    final CronFiring firing = new CronFiring();
    final Crons service = new Crons();
    /** An approved member of {@link Specs#COLONY}, and an executor of another colony. */
    static final Caller MEMBER = new Caller("a1".repeat(32));
    static final Caller STRANGER = new Caller("b2".repeat(32));

    /** One workflow the cron code asked for. */
    record Submitted(WorkflowSpec spec, RootInputs inputs, String graphId) {
    }

    CronWorld(Instant now) {
        launcher.crons = crons;
        launcher.graphs = new ProcessGraphRepository() {
            @Override
            public ProcessGraph find(String graphId) {
                return graphs.get(graphId);
            }
        };
        launcher.processes = new ProcessRepository() {
            @Override
            public List<Process> inGraph(String graphId) {
                return members.getOrDefault(graphId, List.of());
            }
        };
        launcher.workflows = new WorkflowService() {
            @Override
            public ProcessGraph create(WorkflowSpec spec, RootInputs inputs) {
                ProcessGraph g = new ProcessGraph();
                g.processgraphid = "graph-" + (submitted.size() + 1);
                g.colonyid = spec.colonyid;
                submitted.add(new Submitted(spec, inputs, g.processgraphid));
                return g;
            }
        };
        firing.store = crons;
        firing.launcher = launcher;
        service.authorizer = Roles.of(Roles.approved(MEMBER, Specs.COLONY),
                Roles.approved(STRANGER, Specs.OTHER_COLONY));
        service.store = crons;
        service.launcher = launcher;
        service.clock = Clock.fixed(now, ZoneOffset.UTC);
        service.config = new ColoniesConfig() {
            @Override
            public long cronCheckerPeriodMs() {
                return CHECKER_PERIOD_MS;
            }
        };
    }

    /** A finished or unfinished previous run: one graph whose leaves produced the given outputs. */
    void previousGraph(String graphId, int state, List<Object> rootOut, List<Object> leafOut) {
        ProcessGraph g = new ProcessGraph();
        g.processgraphid = graphId;
        g.state = state;
        g.rootprocessids = List.of(graphId + "-root");
        graphs.put(graphId, g);
        Process root = new Process();
        root.processid = graphId + "-root";
        root.children = List.of(graphId + "-leaf");
        root.out = rootOut;
        Process leaf = new Process();
        leaf.processid = graphId + "-leaf";
        leaf.out = leafOut;
        members.put(graphId, List.of(leaf, root));
    }
}
