package it.compat;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import io.colonies.model.security.PrivateKey;
import it.support.Arquillian;
import it.support.Eventually;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Reply;
import it.support.Rpc;
import it.support.TestClock;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real executor, the CLI's {@code executor run} in its own JVM, is killed with SIGKILL while it
 * long-polls: the process submitted next must reach a live executor, not the dead connection.
 */
@ExtendWith(ArquillianExtension.class)
class KilledExecutorIT {
    private static final String TYPE = "killed";

    private final Rpc a = Rpc.replicaA();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void aProcessSubmittedAfterAnExecutorWasKilledMidPollReachesALiveExecutor() throws Exception {
        TestClock.alignBoth();
        TestColony colony = Fixtures.newColony(a);
        TestExecutor live = colony.executor(TYPE);
        List<Long> handOvers = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            PrivateKey doomedKey = PrivateKey.generate();
            int before = TestClock.waitingAssigns(a);
            java.lang.Process doomed = startExecutor(colony, doomedKey);
            try {
                Eventually.await(Duration.ofSeconds(90), () -> TestClock.waitingAssigns(a), n -> n == before + 1,
                        "the CLI executor to long-poll");
                CompletableFuture<Reply> livePoll = CompletableFuture.supplyAsync(() -> live.assignReply(10));
                Eventually.await(Duration.ofSeconds(10), () -> TestClock.waitingAssigns(a), n -> n == before + 2,
                        "the live poll to queue behind it");
                doomed.destroyForcibly(); // SIGKILL on Linux
                assertTrue(doomed.waitFor(10, TimeUnit.SECONDS));
                long start = System.nanoTime();
                Process submitted = live.submit(aSpec());
                Process got = livePoll.get(3, TimeUnit.SECONDS).as(Process.class);
                long millis = (System.nanoTime() - start) / 1_000_000;
                handOvers.add(millis);
                assertEquals(submitted.processid, got.processid);
                assertEquals(live.id(), got.assignedexecutorid, "not the killed executor " + doomedKey.id());
                assertTrue(millis < 2000, "hand-over took " + millis + " ms");
                assertTrue(live.close(got.processid).ok());
                Eventually.await(Duration.ofSeconds(2), () -> TestClock.waitingAssigns(a), n -> n == before,
                        "the killed executor's waiter to be gone");
            } finally {
                doomed.destroyForcibly();
            }
        }
        System.out.println("KilledExecutorIT hand-over after SIGKILL (ms): " + handOvers);
    }

    private java.lang.Process startExecutor(TestColony colony, PrivateKey key) throws IOException {
        URI base = URI.create(a.baseUrl());
        String jar = new File(System.getProperty("colonies.cli.jar", "../client/target/colonies-cli.jar"))
                .getAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar, "executor", "run", "--type", TYPE, "--timeout", "10");
        builder.environment().put("COLONIES_SERVER_HOST", base.getHost());
        builder.environment().put("COLONIES_SERVER_PORT", String.valueOf(base.getPort()));
        builder.environment().put("COLONIES_COLONY_ID", colony.id());
        builder.environment().put("COLONIES_COLONY_PRVKEY", colony.key().hex());
        builder.environment().put("COLONIES_EXECUTOR_PRVKEY", key.hex());
        Path logs = Files.createDirectories(Path.of("target", "cli-logs"));
        builder.redirectOutput(logs.resolve("killed-executor-" + key.id().substring(0, 8) + ".out").toFile());
        builder.redirectError(logs.resolve("killed-executor-" + key.id().substring(0, 8) + ".err").toFile());
        return builder.start();
    }
}
