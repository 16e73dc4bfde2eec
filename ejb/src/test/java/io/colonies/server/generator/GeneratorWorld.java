package io.colonies.server.generator;

import io.colonies.model.core.Generator;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.server.config.ColoniesConfig;
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
    final GeneratorService service = new GeneratorService();
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
        service.repository = generators;
        service.clock = Clock.fixed(now, ZoneOffset.UTC);
        service.config = new ColoniesConfig() {
            @Override
            public long generatorCheckerPeriodMs() {
                return CHECKER_PERIOD_MS;
            }
        };
        scan.repository = generators;
        scan.firing = firing;
    }

    Generator add(GeneratorBuilder builder) {
        return service.add(builder.build());
    }

    void pack(Generator g, String... args) {
        for (String arg : args) {
            service.pack(g.generatorid, arg);
        }
    }

    /** The args each submitted workflow's roots got, in submission order. */
    List<List<Object>> argsSubmitted() {
        return submitted.stream().map(RootInputs::args).toList();
    }
}
