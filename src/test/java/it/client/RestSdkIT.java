package it.client;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.client.ClientConfig;
import io.colonies.client.ProblemException;
import io.colonies.client.ProcessEvents;
import io.colonies.client.RestColoniesClient;
import io.colonies.client.RestTransport;
import io.colonies.model.core.Colony;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.security.PrivateKey;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Keys;
import it.support.RestClient;
import it.support.Rpc;
import it.support.TestClock;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Java SDK's REST client and event subscription against the live replicas. */
@ExtendWith(ArquillianExtension.class)
class RestSdkIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    private RestColoniesClient onA;
    private RestColoniesClient onB;

    @BeforeEach
    void clients() {
        TestClock.alignBoth();
        onA = client(Rpc.replicaA());
        onB = client(Rpc.replicaB());
    }

    /** Signs with the replica's clock, which earlier tests may have moved. */
    private static RestColoniesClient client(Rpc replica) {
        URI base = URI.create(replica.baseUrl());
        long offset = new RestClient(replica).serverNowSeconds() - System.currentTimeMillis() / 1000;
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(offset));
        return new RestColoniesClient(new RestTransport(new ClientConfig(base.getHost(), base.getPort(), false), clock));
    }

    @Test
    void colonyAndExecutorOperations() {
        PrivateKey colonyKey = PrivateKey.generate();
        Colony added = onA.addColony(new Colony(colonyKey.id(), "sdk-" + UUID.randomUUID()), Keys.SERVER);
        assertEquals(colonyKey.id(), added.colonyid);
        assertTrue(onA.colonies(Keys.SERVER).stream().anyMatch(c -> c.colonyid.equals(colonyKey.id())));
        onA.renameColony(colonyKey.id(), "sdk-renamed-" + UUID.randomUUID(), colonyKey);
        TestExecutor member = new TestColony(Rpc.replicaA(), colonyKey).executor("sdk-" + UUID.randomUUID());
        assertTrue(onA.colony(colonyKey.id(), member.key()).name.startsWith("sdk-renamed-"));
        assertEquals(member.id(), onA.executor(member.id(), member.key()).executorid);
        assertEquals(1, onA.executors(colonyKey.id(), colonyKey).size());
        onA.deleteColony(colonyKey.id(), Keys.SERVER);
    }

    @Test
    void submitAssignCloseWithEventsSubscribedOnAAndClosedOnB() throws Exception {
        TestColony colony = Fixtures.newColony(Rpc.replicaA());
        String type = "sdk-" + UUID.randomUUID().toString().substring(0, 8);
        TestExecutor member = colony.executor(type);
        BlockingQueue<Integer> states = new LinkedBlockingQueue<>();
        BlockingQueue<Boolean> subscribed = new LinkedBlockingQueue<>();
        try (ProcessEvents.Subscription ignored = onA.events().subscribe(colony.id(), null, null,
                Duration.ofSeconds(60), member.key(), new ProcessEvents.Listener() {
                    @Override
                    public void onEvent(Process process) {
                        states.add(process.state);
                    }

                    @Override
                    public void onSubscribed(boolean reconnected) {
                        subscribed.add(reconnected);
                    }
                })) {
            assertEquals(Boolean.FALSE, subscribed.poll(30, TimeUnit.SECONDS));
            Process submitted = onA.submit(aSpec().inColony(colony.id()).ofType(type).build(), member.key());
            assertEquals(ProcessState.WAITING, submitted.state);
            assertEquals(ProcessState.WAITING, states.poll(30, TimeUnit.SECONDS));
            assertEquals(1, onA.processes(colony.id(), ProcessState.WAITING, 10, member.key()).size());

            Process assigned = onB.assign(colony.id(), 5, member.key()).orElseThrow();
            assertEquals(submitted.processid, assigned.processid);
            assertEquals(ProcessState.RUNNING, states.poll(30, TimeUnit.SECONDS));
            onB.closeSuccessful(assigned.processid, List.of("done"), member.key());
            assertEquals(ProcessState.SUCCESS, states.poll(30, TimeUnit.SECONDS));
            assertEquals(List.of("done"), onA.process(assigned.processid, member.key()).out);
        }
        assertTrue(onA.assign(colony.id(), 0, member.key()).isEmpty(), "an empty assign is empty, not an error");
    }

    @Test
    void waitForStateSeesACloseOnTheOtherReplica() throws Exception {
        TestColony colony = Fixtures.newColony(Rpc.replicaA());
        String type = "sdk-" + UUID.randomUUID().toString().substring(0, 8);
        TestExecutor member = colony.executor(type);
        Process submitted = onA.submit(aSpec().inColony(colony.id()).ofType(type).build(), member.key());
        Thread closer = new Thread(() -> {
            Process p = onB.assign(colony.id(), 10, member.key()).orElseThrow();
            onB.closeFailed(p.processid, List.of("boom"), member.key());
        });
        closer.start();
        Optional<Process> failed = onA.events().waitForState(onA, colony.id(), submitted.processid,
                ProcessState.FAILED, Duration.ofSeconds(30), member.key());
        closer.join(30_000);
        assertEquals(List.of("boom"), failed.orElseThrow().errors);
    }

    @Test
    void errorsAreProblemsWithStatusAndType() {
        TestColony colony = Fixtures.newColony(Rpc.replicaA());
        TestExecutor member = colony.executor("sdk-" + UUID.randomUUID().toString().substring(0, 8));
        ProblemException missing = assertThrows(ProblemException.class,
                () -> onA.process("0".repeat(64), member.key()));
        assertEquals(404, missing.status());
        assertTrue(missing.type().endsWith("/not-found"), missing.type());
        assertTrue(missing.instance().startsWith("urn:uuid:"), missing.instance());

        ProblemException forbidden = assertThrows(ProblemException.class,
                () -> onA.colonies(member.key()));
        assertEquals(403, forbidden.status());

        ProblemException bad = assertThrows(ProblemException.class,
                () -> onA.processes(colony.id(), ProcessState.WAITING, 1000, member.key()));
        assertEquals(400, bad.status());
        assertEquals("limit", bad.field());
    }
}
