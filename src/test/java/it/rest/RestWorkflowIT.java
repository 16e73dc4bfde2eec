package it.rest;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Cron;
import io.colonies.model.core.Generator;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.json.WireJson;
import it.support.Arquillian;
import it.support.Eventually;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.RestClient;
import it.support.RestResponse;
import it.support.Rpc;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Workflows, crons and generators over REST. */
@ExtendWith(ArquillianExtension.class)
class RestWorkflowIT {
    private final RestClient rest = RestClient.replicaA();
    private TestColony colony;
    private TestExecutor member;
    private String path;
    private String type;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void colony() {
        type = "rest-wf-" + UUID.randomUUID().toString().substring(0, 8);
        colony = Fixtures.newColony(Rpc.replicaA());
        member = colony.executor(type);
        path = "/v1/colonies/" + colony.id();
    }

    private WorkflowSpec twoSteps() {
        WorkflowSpec spec = new WorkflowSpec();
        spec.functionspecs = List.of(aSpec().named("first").ofType(type).build(),
                aSpec().named("second").ofType(type).after("first").build());
        return spec;
    }

    @Test
    void workflowLifecycleWithAnAddedChild() {
        RestResponse created = rest.post(path + "/workflows", twoSteps(), member.key());
        assertEquals(201, created.status(), created.toString());
        ProcessGraph graph = created.as(ProcessGraph.class);
        String graphPath = path + "/workflows/" + graph.processgraphid;
        assertTrue(created.header("Location").endsWith(graphPath));
        assertEquals(2, rest.get(graphPath, member.key()).as(ProcessGraph.class).processids.size());
        assertEquals(1, rest.get(path + "/workflows?state=waiting", member.key()).asList(ProcessGraph[].class).size());

        Process root = rest.post(path + "/assignments?timeout=5", null, member.key()).as(Process.class);
        Map<String, Object> child = Map.of("parentprocessid", root.processid,
                "spec", aSpec().named("extra").ofType(type).build());
        RestResponse added = rest.post(graphPath + "/children", child, member.key());
        assertEquals(201, added.status(), added.toString());
        Process extra = added.as(Process.class);
        assertTrue(added.header("Location").endsWith(path + "/processes/" + extra.processid));
        assertEquals(3, rest.get(graphPath, member.key()).as(ProcessGraph.class).processids.size());

        assertEquals(204, rest.delete(graphPath, member.key()).status());
        assertEquals(404, rest.get(graphPath, member.key()).status());

        rest.post(path + "/workflows", twoSteps(), member.key());
        assertEquals(403, rest.delete(path + "/workflows?state=waiting", member.key()).status());
        assertEquals(204, rest.delete(path + "/workflows?state=waiting", colony.key()).status());
        assertEquals(0, rest.get(path + "/workflows?state=waiting", member.key()).asList(ProcessGraph[].class).size());
        assertEquals("state", rest.get(path + "/workflows", member.key()).problem().getString("field"));
    }

    @Test
    void cronLifecycleAndRunNow() {
        Cron cron = new Cron();
        cron.name = "rest-cron-" + UUID.randomUUID();
        cron.cronexpression = "0 0 3 * * *";
        cron.interval = -1;
        cron.workflowspec = WireJson.toJson(twoSteps());
        RestResponse created = rest.post(path + "/crons", cron, member.key());
        assertEquals(201, created.status(), created.toString());
        Cron stored = created.as(Cron.class);
        String cronPath = path + "/crons/" + stored.cronid;
        assertEquals(409, rest.post(path + "/crons", cron, member.key()).status());
        assertEquals(cron.name, rest.get(cronPath, member.key()).as(Cron.class).name);
        assertEquals(1, rest.get(path + "/crons", member.key()).asList(Cron[].class).size());

        assertEquals(200, rest.post(cronPath + "/run", null, member.key()).status());
        Eventually.await(Duration.ofSeconds(20), () -> rest.get(path + "/workflows?state=waiting", member.key())
                .asList(ProcessGraph[].class).size(), n -> n == 1, "the cron's workflow");
        assertEquals(204, rest.delete(cronPath, member.key()).status());
        assertEquals(404, rest.get(cronPath, member.key()).status());
    }

    @Test
    void generatorLifecyclePackAndLookupByName() {
        Generator generator = new Generator();
        generator.name = "rest-gen-" + UUID.randomUUID();
        generator.trigger = 2;
        generator.workflowspec = WireJson.toJson(twoSteps());
        RestResponse created = rest.post(path + "/generators", generator, member.key());
        assertEquals(201, created.status(), created.toString());
        Generator stored = created.as(Generator.class);
        String generatorPath = path + "/generators/" + stored.generatorid;
        assertEquals(stored.generatorid, rest.get(path + "/generators/by-name/" + generator.name, member.key())
                .as(Generator.class).generatorid);
        assertEquals(1, rest.get(path + "/generators", member.key()).asList(Generator[].class).size());

        assertEquals(204, rest.post(generatorPath + "/pack", Map.of("arg", "a"), member.key()).status());
        assertEquals(1, rest.get(generatorPath, member.key()).as(Generator.class).queuesize);
        assertEquals(204, rest.post(generatorPath + "/pack", Map.of("arg", "b"), member.key()).status());
        Eventually.await(Duration.ofSeconds(20), () -> rest.get(path + "/workflows?state=waiting", member.key())
                .asList(ProcessGraph[].class).size(), n -> n == 1, "the generator's workflow");
        assertEquals(204, rest.delete(generatorPath, member.key()).status());
        assertEquals(404, rest.get(generatorPath, member.key()).status());
    }
}
