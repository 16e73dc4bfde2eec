package it.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Arquillian;
import it.support.Keys;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every command family of the CLI against a real server, checked through its {@code --json} output. */
@ExtendWith(ArquillianExtension.class)
class CliCommandsIT {
    private Cli cli;
    private Cli.NewColony colony;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void colonyAndKey() throws Exception {
        cli = new Cli(50181);
        colony = cli.newColonyWithExecutor("cli-commands", Keys.SERVER.hex());
    }

    @Test
    void processCommands() throws Exception {
        String done = id(ok("--json", "function", "submit", "--spec", "examples/echo-spec.json"), "processid");
        assertEquals(done, id(ok("--json", "process", "assign", "--timeout", "5"), "processid"));
        ok("process", "close", done, "--out", "\"fine\"");
        assertEquals(2, state(ok("--json", "process", "get", done)));

        String failed = id(ok("--json", "function", "submit", "--spec", "examples/echo-spec.json"), "processid");
        ok("--json", "process", "assign", "--timeout", "5");
        ok("process", "fail", failed, "--error", "broken on purpose");
        assertEquals(3, state(ok("--json", "process", "get", failed)));

        String removed = id(ok("--json", "function", "submit", "--spec", "examples/echo-spec.json"), "processid");
        assertTrue(ok("process", "ls", "--state", "waiting").out().contains(removed));
        ok("process", "rm", removed);
        assertEquals(1, cli.run("process", "get", removed).exit(), "a removed process is gone");
    }

    @Test
    void unassignPutsTheProcessBackInTheQueue() throws Exception {
        String p = id(ok("--json", "function", "submit", "--spec", "examples/echo-spec.json"), "processid");
        assertEquals(p, id(ok("--json", "process", "assign", "--timeout", "5"), "processid"));
        assertTrue(ok("process", "unassign", p).out().contains("unassigned"));
        assertEquals(0, state(ok("--json", "process", "get", p)));
        assertEquals(1, cli.run("process", "unassign", p).exit(), "a waiting process cannot be unassigned");
        assertEquals(p, id(ok("--json", "process", "assign", "--timeout", "5"), "processid"));
        ok("process", "close", p);
    }

    @Test
    void aStoppedExecutorHandsItsRunningProcessBack() throws Exception {
        Path spec = Files.createTempFile("sleep-spec", ".json");
        Files.writeString(spec, "{\"funcname\":\"sleep\",\"args\":[120],\"maxexectime\":300,"
                + "\"conditions\":{\"executortype\":\"edge\"}}");
        String p = id(ok("--json", "function", "submit", "--spec", spec.toString()), "processid");
        // Its own executor identity: only the colony key, no COLONIES_EXECUTOR_PRVKEY.
        Cli runner = new Cli(50181).with("COLONIES_SERVER_PRVKEY", Keys.SERVER.hex())
                .with("COLONIES_COLONY_ID", colony.id())
                .with("COLONIES_COLONY_PRVKEY", colony.colonyKeyHex());
        java.lang.Process executor = runner.start("executor", "run", "--type", "edge", "--grace-period", "0");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (state(ok("--json", "process", "get", p)) != 1) {
                assertTrue(System.nanoTime() < deadline, "the executor never took the process");
                Thread.sleep(200);
            }
        } finally {
            executor.destroy();
        }
        assertTrue(executor.waitFor(30, TimeUnit.SECONDS), "the executor stops on SIGTERM");
        assertEquals(0, executor.exitValue());
        Map<String, Object> back = json(ok("--json", "process", "get", p));
        assertEquals(0, ((BigDecimal) back.get("state")).intValue(), "waiting again, not failed: " + back);
        assertEquals(0, ((BigDecimal) back.get("retries")).intValue());
        assertEquals(p, id(ok("--json", "process", "assign", "--timeout", "5"), "processid"), "another executor gets it");
        ok("process", "close", p);
        Files.deleteIfExists(spec);
    }

    @Test
    void workflowCronAndGeneratorCommands() throws Exception {
        String graph = id(ok("--json", "workflow", "submit", "--spec", "examples/paper-workflow.json"), "processgraphid");
        assertTrue(ok("workflow", "get", graph).out().contains("gen_nums"));

        String cron = id(ok("--json", "cron", "add", "--name", "hourly-" + System.nanoTime(), "--spec",
                "examples/paper-workflow.json", "--interval", "3600"), "cronid");
        assertTrue(ok("cron", "ls").out().contains(cron));
        ok("cron", "run", cron);
        ok("cron", "rm", cron);

        String generator = id(ok("--json", "generator", "add", "--name", "batch-" + System.nanoTime(), "--spec",
                "examples/paper-workflow.json", "--trigger", "5"), "generatorid");
        ok("generator", "pack", generator, "a", "b");
        assertTrue(ok("generator", "ls").out().contains(generator));
        ok("generator", "rm", generator);
    }

    @Test
    void executorAndStatisticsCommands() throws Exception {
        assertTrue(ok("executor", "ls").out().contains("me"));
        String fresh = ok("keygen").line("Id:");
        String other = id(ok("--json", "executor", "add", "--type", "cloud", "--name", "other", "--executorid", fresh),
                "executor", "executorid");
        assertEquals(fresh, other);
        ok("executor", "reject", other);
        ok("executor", "rm", other);
        assertTrue(!ok("executor", "ls").out().contains(other), "the removed executor is not listed");
        assertTrue(ok("stats", "--colony").out().contains("Executors"));
        assertTrue(ok("stats").out().contains("Colonies"));
    }

    @Test
    void cancelCommands() throws Exception {
        String waiting = id(ok("--json", "function", "submit", "--spec", "examples/echo-spec.json"), "processid");
        assertEquals(4, state(ok("--json", "process", "cancel", waiting)));
        assertTrue(ok("process", "ls", "--state", "cancelled").out().contains(waiting));
        assertEquals(1, cli.run("process", "cancel", waiting).exit(), "a cancelled process cannot be cancelled again");

        String graph = id(ok("--json", "workflow", "submit", "--spec", "examples/paper-workflow.json"), "processgraphid");
        assertEquals(4, state(ok("--json", "workflow", "cancel", graph)));
        assertTrue(ok("workflow", "ls", "--state", "cancelled").out().contains(graph));
    }

    @Test
    void pauseAndResumeAssignments() throws Exception {
        assertEquals(Boolean.FALSE, json(ok("--json", "colony", "pause-status")).get("ispaused"));
        assertTrue(ok("colony", "pause").out().contains("paused"));
        assertTrue(ok("colony", "pause-status").out().contains("yes"));
        String p = id(ok("--json", "function", "submit", "--spec", "examples/echo-spec.json"), "processid");
        assertEquals("null", ok("--json", "process", "assign", "--timeout", "1").out().trim(),
                "nothing is assigned while paused");
        assertTrue(ok("colony", "resume").out().contains("resumed"));
        assertEquals(Boolean.FALSE, json(ok("--json", "colony", "pause-status")).get("ispaused"));
        assertEquals(p, id(ok("--json", "process", "assign", "--timeout", "5"), "processid"));
        ok("process", "close", p);
    }

    private Cli.Result ok(String... args) throws Exception {
        return cli.ok(args);
    }

    private static Map<String, Object> json(Cli.Result result) {
        return Cli.json(result);
    }

    @SuppressWarnings("unchecked")
    private static String id(Cli.Result result, String... path) {
        Object value = json(result);
        for (String key : path) {
            value = ((Map<String, Object>) value).get(key);
        }
        return (String) value;
    }

    private static int state(Cli.Result result) {
        return ((BigDecimal) json(result).get("state")).intValue();
    }
}
