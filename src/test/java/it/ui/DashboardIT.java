package it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.security.PrivateKey;
import it.cli.Cli;
import it.support.Arquillian;
import it.support.Keys;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard in a real browser against a real server: this test prepares a colony, the paper's
 * three ready-made executors (edge, cloud, browser, run by the CLI jar), an approved executor to sign
 * in with and a pending one to approve, then runs ui/e2e/dashboard.e2e.mjs (playwright-core driving
 * Debian's headless Chromium; scripts/ensure-chromium.sh installs it) and fails if any of its checks
 * fails. Screenshots of every page go to target/dashboard-screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {
    private static final int PORT = 50181;
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final long E2E_TIMEOUT_SECONDS = 300;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void theDashboardWorksInABrowser() throws Exception {
        assertTrue(new File(CHROMIUM).canExecute(), CHROMIUM + " is missing: run scripts/ensure-chromium.sh"
                + " (./colonies-test does)");
        File root = Cli.repositoryRoot().getCanonicalFile();
        assertTrue(new File(root, "ui/node_modules/playwright-core").isDirectory(),
                "ui/node_modules is missing: the ui module's build (npm ci) installs it");

        Cli cli = new Cli(PORT).with("COLONIES_SERVER_PRVKEY", Keys.SERVER.hex());
        PrivateKey colonyKey = PrivateKey.generate();
        cli.with("COLONIES_COLONY_ID", colonyKey.id()).with("COLONIES_COLONY_PRVKEY", colonyKey.hex());
        ok(cli.run("colony", "add", "--name", "dashboard", "--colonyid", colonyKey.id()));

        List<java.lang.Process> executors = new ArrayList<>();
        try {
            for (String type : List.of("edge", "cloud", "browser")) {
                executors.add(cli.start("executor", "run", "--type", type));
            }
            Cli.Result member = ok(cli.run("executor", "add", "--type", "cli", "--name", "dashboard-user", "--approve"));
            ok(cli.run("executor", "add", "--type", "gpu", "--name", "pending-gpu"));

            Path shots = Files.createDirectories(Path.of("target", "dashboard-screenshots").toAbsolutePath());
            Path log = shots.resolve("e2e.log");
            ProcessBuilder e2e = new ProcessBuilder("node", "ui/e2e/dashboard.e2e.mjs").directory(root)
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            e2e.environment().put("DASHBOARD_URL", "http://127.0.0.1:" + PORT);
            e2e.environment().put("SERVER_KEY", Keys.SERVER.hex());
            e2e.environment().put("COLONY_KEY", colonyKey.hex());
            e2e.environment().put("MEMBER_KEY", member.line("PrivateKey:"));
            e2e.environment().put("PENDING_EXECUTOR", "pending-gpu");
            e2e.environment().put("OTHER_COLONY_ID", PrivateKey.generate().id());
            e2e.environment().put("SCREENSHOT_DIR", shots.toString());
            e2e.environment().put("CHROMIUM", CHROMIUM);
            java.lang.Process browser = e2e.start();
            boolean finished = browser.waitFor(E2E_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                browser.destroyForcibly();
            }
            String output = read(log);
            System.out.println("--- dashboard e2e\n" + output);
            assertTrue(finished, "the browser test did not finish in " + E2E_TIMEOUT_SECONDS + " s:\n" + output);
            assertEquals(0, browser.exitValue(), "the browser test failed:\n" + output);
            assertTrue(output.contains(" passed, 0 failed"), output);
        } finally {
            for (java.lang.Process executor : executors) {
                executor.destroy();
            }
            for (java.lang.Process executor : executors) {
                executor.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Cli.Result ok(Cli.Result result) {
        assertEquals(0, result.exit(), result::toString);
        return result;
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
    }
}
