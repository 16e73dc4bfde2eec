package it.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.rpc.LogMessages.AddLog;
import io.colonies.model.security.PrivateKey;
import it.support.Arquillian;
import it.support.Keys;
import it.support.Reply;
import it.support.Rpc;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code colonies process logs}: one page, and {@code --follow} until the process ends. */
@ExtendWith(ArquillianExtension.class)
class CliLogsIT {
    private Cli cli;
    private PrivateKey executorKey;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void colonyAndKey() throws Exception {
        cli = new Cli(50181);
        executorKey = cli.newColonyWithExecutor("cli-logs", Keys.SERVER.hex()).executorKey();
    }

    @Test
    void logsAndFollow() throws Exception {
        String id = (String) json(ok("--json", "function", "submit", "--spec", "examples/echo-spec.json")).get("processid");
        ok("--json", "process", "assign", "--timeout", "5");
        add(id, "first");
        add(id, "second");
        assertEquals(List.of("first", "second"), ok("process", "logs", id).out().lines().toList());
        assertEquals(List.of("first"), ok("process", "logs", id, "--count", "1").out().lines().toList());
        assertEquals(2, cli.run("process", "logs", id, "--count", "501").exit(), "a bad --count is a usage error");

        CompletableFuture<Cli.Result> follow = CompletableFuture.supplyAsync(() -> {
            try {
                return cli.run("process", "logs", id, "--follow");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        add(id, "third");
        // Give the follower's JVM time to start polling while the process runs (not a deadline: the
        // assertions hold either way); closing the process ends the follow.
        Thread.sleep(3000);
        ok("process", "close", id, "--out", "\"fine\"");
        Cli.Result followed = follow.get(60, TimeUnit.SECONDS);
        assertEquals(0, followed.exit(), followed.toString());
        assertEquals(List.of("first", "second", "third"), followed.out().lines().toList());
    }

    /** The exit code tells a script whether the process worked, as for get and attributes --follow. */
    @Test
    void followingAFailedProcessExitsNotSuccessful() throws Exception {
        String id = (String) json(ok("--json", "function", "submit", "--spec", "examples/echo-spec.json")).get("processid");
        ok("--json", "process", "assign", "--timeout", "5");
        add(id, "about to fail");
        ok("process", "fail", id);
        Cli.Result followed = cli.run("process", "logs", id, "--follow");
        assertEquals(4, followed.exit(), followed.toString());
        assertEquals(List.of("about to fail"), followed.out().lines().toList());
        assertTrue(followed.err().contains("ended FAILED"), followed.toString());
    }

    private void add(String processId, String message) {
        AddLog add = new AddLog();
        add.processid = processId;
        add.message = message;
        Reply r = Rpc.replicaA().send(add, executorKey);
        assertEquals(200, r.status(), r.toString());
    }

    private Cli.Result ok(String... args) throws Exception {
        return cli.ok(args);
    }

    private static Map<String, Object> json(Cli.Result result) {
        return Cli.json(result);
    }
}
