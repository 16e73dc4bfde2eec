package it.process;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Cluster;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.rpc.ServerMessages.GetCluster;
import it.support.Arquillian;
import it.support.Eventually;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Keys;
import it.support.Rpc;
import it.support.TestClock;
import java.io.File;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scan lease moves when its holder dies: replica B is made the leader, then its server is
 * stopped, and replica A must take over the deadline scan.
 */
@ExtendWith(ArquillianExtension.class)
class LeaseFailoverIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void anotherReplicaTakesOverTheScansWhenTheLeaderStops() throws Exception {
        Rpc a = Rpc.replicaA();
        Rpc b = Rpc.replicaB();
        TestClock.alignBoth();
        String nodeA = TestClock.nodeName(a);
        String nodeB = TestClock.nodeName(b);

        // Make B the leader: A gives up its leases and stays away from them for a while.
        assertEquals(200, a.post("/testsupport/standby?seconds=8").statusCode());
        Eventually.await(Duration.ofSeconds(15), () -> leader(a), nodeB::equals, "replica B to lead");

        TestColony colony = Fixtures.newColony(a);
        TestExecutor executor = colony.executor("failover");
        Process p = executor.submit(aSpec().maxExecTime(5).maxRetries(3));
        executor.assign(-1);

        server("stop");
        Eventually.await(Duration.ofSeconds(30), () -> leader(a), nodeA::equals, "replica A to take over");
        assertEquals(200, a.post("/testsupport/clock/offset?seconds=100000").statusCode());
        Process requeued = Eventually.await(Duration.ofSeconds(20), () -> executor.get(p.processid),
                x -> x.state == ProcessState.WAITING, "replica A to run the deadline scan");
        assertEquals(1, requeued.retries);
    }

    @AfterAll
    static void restartReplicaB() throws Exception {
        try {
            if (Rpc.replicaB().get("/health").statusCode() == 200) {
                return;
            }
        } catch (RuntimeException down) {
            // not listening: start it again below
        }
        server("start");
    }

    private static String leader(Rpc rpc) {
        try {
            return rpc.send(new GetCluster(), Keys.SERVER).as(Cluster.class).leader.name;
        } catch (RuntimeException | AssertionError e) {
            return "";
        }
    }

    private static void server(String action) throws Exception {
        String wlp = System.getProperty("wlp.home", "target/liberty/wlp");
        java.lang.Process run = new ProcessBuilder(wlp + "/bin/server", action, "it-replica-b").inheritIO().start();
        assertTrue(run.waitFor() == 0 || "stop".equals(action), "server " + action + " it-replica-b");
    }
}
