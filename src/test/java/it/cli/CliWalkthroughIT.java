package it.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Arquillian;
import it.support.Keys;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README walkthrough, command by command, against a real server: keys, a colony, three
 * ready-made executors (edge, cloud, browser) and the paper's workflow, whose result is 13.
 */
@ExtendWith(ArquillianExtension.class)
class CliWalkthroughIT {
    private static final int PORT = 50181;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void thePapersWorkflowComputes13() throws Exception {
        Cli cli = new Cli(PORT).with("COLONIES_SERVER_PRVKEY", Keys.SERVER.hex());
        Cli.Result keygen = cli.run("keygen");
        assertEquals(0, keygen.exit(), keygen::toString);
        cli.with("COLONIES_COLONY_ID", keygen.line("Id:")).with("COLONIES_COLONY_PRVKEY", keygen.line("PrivateKey:"));
        Cli.Result colony = cli.run("colony", "add", "--name", "paper", "--colonyid", keygen.line("Id:"));
        assertEquals(0, colony.exit(), colony::toString);

        List<java.lang.Process> executors = new ArrayList<>();
        try {
            for (String type : List.of("edge", "cloud", "browser")) {
                executors.add(cli.start("executor", "run", "--type", type));
            }
            Cli.Result me = cli.run("executor", "add", "--type", "cli", "--name", "me", "--approve");
            assertEquals(0, me.exit(), me::toString);
            cli.with("COLONIES_EXECUTOR_PRVKEY", me.line("PrivateKey:"));

            Cli.Result workflow = cli.run("workflow", "submit", "--spec", "examples/paper-workflow.json", "--wait");
            assertEquals(0, workflow.exit(), workflow::toString);
            assertEquals("13", workflow.line("Result:"), workflow::toString);

            Cli.Result listed = cli.run("process", "ls", "--state", "successful");
            assertEquals(0, listed.exit(), listed::toString);
            assertTrue(listed.out().contains("sum"), listed::toString);
        } finally {
            for (java.lang.Process executor : executors) {
                executor.destroy();
            }
        }
        for (java.lang.Process executor : executors) {
            assertTrue(executor.waitFor(30, TimeUnit.SECONDS), "an executor stops on SIGTERM");
            assertEquals(0, executor.exitValue(), "and exits cleanly");
        }
    }

    @Test
    void aBadSpecFileIsAClearUsageError() throws Exception {
        Cli.Result result = new Cli(PORT).with("COLONIES_EXECUTOR_PRVKEY", Keys.SERVER.hex())
                .with("COLONIES_COLONY_ID", Keys.SERVER.id())
                .run("workflow", "submit", "--spec", "no-such-file.json");
        assertEquals(2, result.exit(), result::toString);
        assertTrue(result.err().contains("no-such-file.json"), result::toString);
        assertNoStackTrace(result);
    }

    @Test
    void aWrongKeyGetsTheServersRefusal() throws Exception {
        Cli.Result result = new Cli(PORT)
                .with("COLONIES_SERVER_PRVKEY", io.colonies.model.security.PrivateKey.generate().hex())
                .run("colony", "ls");
        assertEquals(1, result.exit(), result::toString);
        assertTrue(result.err().contains("RecoveredID does not match Server Id"), result::toString);
        assertNoStackTrace(result);
    }

    @Test
    void anUnreachableServerIsReportedAsSuch() throws Exception {
        Cli.Result result = new Cli(1).with("COLONIES_SERVER_PRVKEY", Keys.SERVER.hex()).run("colony", "ls");
        assertEquals(3, result.exit(), result::toString);
        assertTrue(result.err().contains("Cannot reach"), result::toString);
        assertNoStackTrace(result);
    }

    private static void assertNoStackTrace(Cli.Result result) {
        assertFalse(result.err().contains("\tat ") || result.err().contains("Exception:"), result::toString);
    }
}
