package it.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Attribute;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.ProcessMessages.AddAttribute;
import io.colonies.model.security.PrivateKey;
import it.support.Arquillian;
import it.support.Keys;
import it.support.Reply;
import it.support.Rpc;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code colonies process attributes}: the listing, its errors, and {@code --follow}, which must show
 * each attribute added or removed while the process runs (each awaited before the next step, so they
 * are seen live and not only in the read at the end) and exit with the process's outcome.
 */
@ExtendWith(ArquillianExtension.class)
class CliAttributesIT {
    private static final String HEADER = "KEY     VALUE  TYPE  ATTRIBUTEID";

    private Cli cli;
    private String colonyId;
    private PrivateKey executorKey;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void colonyAndKey() throws Exception {
        cli = new Cli(50181);
        Cli.NewColony colony = cli.newColonyWithExecutor("cli-attributes", Keys.SERVER.hex());
        colonyId = colony.id();
        executorKey = colony.executorKey();
    }

    @Test
    void listingAndErrors() throws Exception {
        String id = runningProcess();
        Attribute before = add(id, "before", "1");
        assertEquals(List.of(HEADER, "before  1      out   " + before.attributeid),
                ok("process", "attributes", id).out().lines().toList());
        List<?> listed = WireJson.fromJson(ok("--json", "process", "attributes", id).out(), List.class);
        assertEquals(1, listed.size());
        assertEquals(before.attributeid, ((Map<?, ?>) listed.get(0)).get("attributeid"));

        Cli.Result bad = cli.run("process", "attributes", "not-a-process", "--follow");
        assertEquals(2, bad.exit(), bad.toString());
        assertEquals("Error: PROCESSID must be 64 hexadecimal characters, was 'not-a-process'", bad.err().strip());
        Cli.Result unknown = cli.run("process", "attributes", "0".repeat(64), "--follow");
        assertEquals(1, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().startsWith("Error: The server refused"), unknown.toString());
        for (Cli.Result r : List.of(bad, unknown)) {
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r);
            assertEquals("", r.out());
        }
        ok("process", "close", id);
    }

    @Test
    void followShowsEachChangeInOrderUntilTheProcessSucceeds() throws Exception {
        String id = runningProcess();
        Attribute before = add(id, "before", "1");
        java.lang.Process follower = cli.start("process", "attributes", id, "--follow", "--wait-timeout", "120");
        String listed = "before  1      out   " + before.attributeid;
        // the listing is printed once the stream is confirmed, so what follows is a change it must show
        awaitOutput(follower, listed);
        Attribute progress = add(id, "progress", "50%");
        String added = "+ progress  50%  out  " + progress.attributeid;
        awaitOutput(follower, added);
        ok("process", "rm-attribute", before.attributeid);
        String removed = "- before  1  out  " + before.attributeid;
        awaitOutput(follower, removed);
        ok("process", "close", id);

        Cli.Result followed = cli.finish(follower, 60);
        assertEquals(0, followed.exit(), followed.toString());
        assertEquals(List.of(HEADER, listed, added, removed), followed.out().lines().toList());
        assertTrue(followed.err().contains("process " + id + ": SUCCESS"), followed.toString());
    }

    @Test
    void followOfAFailedProcessExitsWith4() throws Exception {
        String id = runningProcess();
        java.lang.Process follower = cli.start("--json", "process", "attributes", id, "--follow");
        awaitStderr(follower, "RUNNING");
        Attribute progress = add(id, "progress", "90%");
        awaitOutput(follower, progress.attributeid);
        ok("process", "fail", id, "--error", "on purpose");

        Cli.Result followed = cli.finish(follower, 60);
        assertEquals(4, followed.exit(), followed.toString());
        List<String> lines = followed.out().lines().toList();
        assertEquals(1, lines.size(), followed.toString());
        Map<String, Object> change = WireJson.fromJson(lines.get(0), Map.class);
        assertEquals("added", change.get("change"));
        assertEquals("90%", ((Map<?, ?>) change.get("attribute")).get("value"));
        assertTrue(followed.err().contains("process " + id + ": FAILED"), followed.toString());
    }

    private String runningProcess() throws Exception {
        String id = (String) json(ok("--json", "function", "submit", "--spec", "examples/echo-spec.json")).get("processid");
        assertEquals(id, json(ok("--json", "process", "assign", "--timeout", "5")).get("processid"));
        return id;
    }

    private Attribute add(String processId, String key, String value) {
        AddAttribute add = new AddAttribute();
        add.attribute = new Attribute();
        add.attribute.targetid = processId;
        add.attribute.targetcolonyid = colonyId;
        add.attribute.attributetype = Attribute.OUT;
        add.attribute.key = key;
        add.attribute.value = value;
        Reply r = Rpc.replicaA().send(add, executorKey);
        assertEquals(200, r.status(), r.toString());
        return r.as(Attribute.class);
    }

    private void awaitOutput(java.lang.Process command, String line) throws Exception {
        await(command, line, false);
    }

    private void awaitStderr(java.lang.Process command, String text) throws Exception {
        await(command, text, true);
    }

    private void await(java.lang.Process command, String text, boolean stderr) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!(stderr ? cli.errorSoFar(command) : cli.outputSoFar(command)).contains(text)) {
            assertTrue(command.isAlive(), "the follower ended early:\n" + cli.outputSoFar(command) + cli.errorSoFar(command));
            assertTrue(System.nanoTime() < deadline, "no '" + text + "' within 30 s:\n" + cli.outputSoFar(command)
                    + cli.errorSoFar(command));
            Thread.sleep(100);
        }
    }

    private Cli.Result ok(String... args) throws Exception {
        return cli.ok(args);
    }

    private static Map<String, Object> json(Cli.Result result) {
        return Cli.json(result);
    }
}
