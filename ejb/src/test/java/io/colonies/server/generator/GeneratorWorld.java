package io.colonies.server.generator;

import io.colonies.model.core.Generator;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.server.config.ColoniesConfig;
import io.colonies.server.id.ColonyScope;
import io.colonies.server.security.Caller;
import io.colonies.server.security.Roles;
import io.colonies.server.workflow.WorkflowService;
import io.colonies.server.workflow.WorkflowService.RootInputs;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The generator beans wired to an in-memory queue and a recording workflow service. */
final class GeneratorWorld {
    static final long CHECKER_PERIOD_MS = 750;

    final InMemoryGenerators generators = new InMemoryGenerators();
    final List<RootInputs> submitted = new ArrayList<>();
    final GeneratorFiring firing = new GeneratorFiring();
    final Generators service = new Generators();
    /** An approved member of {@link GeneratorBuilder#COLONY}, and an executor of another colony. */
    static final Caller MEMBER = new Caller("a1".repeat(32));
    static final Caller STRANGER = new Caller("b2".repeat(32));
    final GeneratorScan scan = new GeneratorScan();

    GeneratorWorld(Instant now) {
        firing.repository = generators;
        firing.workflows = new WorkflowService() {
            @Override
            public ProcessGraph create(WorkflowSpec spec, RootInputs inputs) {
                submitted.add(inputs);
                ProcessGraph g = new ProcessGraph();
                g.processgraphid = "graph-" + submitted.size();
                return g;
            }
        };
        service.authorizer = Roles.of(Roles.approved(MEMBER, GeneratorBuilder.COLONY),
                Roles.approved(STRANGER, GeneratorBuilder.OTHER_COLONY));
        service.store = generators;
        service.clock = Clock.fixed(now, ZoneOffset.UTC);
        service.config = new ColoniesConfig() {
            @Override
            public long generatorCheckerPeriodMs() {
                return CHECKER_PERIOD_MS;
            }
        };
        scan.store = generators;
        scan.firing = firing;
    }

    Generator add(GeneratorBuilder builder) {
        return service.add(MEMBER, builder.build());
    }

    void pack(Generator g, String... args) {
        for (String arg : args) {
            service.pack(MEMBER, ColonyScope.ANY, g.generatorid, arg);
        }
    }

    /** The args each submitted workflow's roots got, in submission order. */
    List<List<Object>> argsSubmitted() {
        return submitted.stream().map(RootInputs::args).toList();
    }
}
