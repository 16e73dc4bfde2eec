package it.process;

import static it.support.SpecBuilder.aSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.core.Process;
import io.colonies.model.core.Statistics;
import io.colonies.model.rpc.ColonyMessages.GetColonyStats;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestColony;
import it.support.Fixtures.TestExecutor;
import it.support.Reply;
import it.support.Rpc;
import it.support.TestClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exactly-once assignment under contention: 16 executors, half on each replica, drain 2,000
 * processes submitted through both replicas while submission is still going on.
 */
@ExtendWith(ArquillianExtension.class)
class CompetingExecutorsIT {
    private static final int PROCESSES = 2000;
    private static final int EXECUTORS = 16;
    private static final int SUBMITTERS = 4;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void everyProcessIsAssignedExactlyOnceAndSucceeds() throws Exception {
        TestClock.alignBoth();
        Rpc a = Rpc.replicaA();
        Rpc b = Rpc.replicaB();
        TestColony colony = Fixtures.newColony(a);
        List<TestExecutor> executors = new ArrayList<>();
        for (int i = 0; i < EXECUTORS; i++) {
            TestExecutor executor = colony.executor("race");
            executors.add(i % 2 == 0 ? executor : executor.on(b));
        }
        Map<String, String> assignedTo = new ConcurrentHashMap<>();
        Set<String> submitted = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(EXECUTORS + SUBMITTERS);
        List<Future<?>> work = new ArrayList<>();
        for (int s = 0; s < SUBMITTERS; s++) {
            TestExecutor submitter = executors.get(s);
            work.add(pool.submit(() -> {
                for (int i = 0; i < PROCESSES / SUBMITTERS; i++) {
                    submitted.add(submitter.submit(aSpec().func("echo", i)).processid);
                }
            }));
        }
        for (TestExecutor executor : executors) {
            work.add(pool.submit(() -> {
                while (closed.get() < PROCESSES) {
                    Reply reply = executor.assignReply(2);
                    if (!reply.ok()) {
                        continue;
                    }
                    Process p = reply.as(Process.class);
                    if (assignedTo.putIfAbsent(p.processid, executor.id()) != null) {
                        duplicates.incrementAndGet();
                    }
                    assertTrue(executor.close(p.processid, "done").ok());
                    closed.incrementAndGet();
                }
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(8, TimeUnit.MINUTES), "the drain finished");
        for (Future<?> f : work) {
            f.get();
        }
        assertEquals(0, duplicates.get(), "no process was handed out twice");
        assertEquals(PROCESSES, submitted.size());
        assertEquals(submitted, assignedTo.keySet(), "every submitted process was assigned, none lost");

        GetColonyStats stats = new GetColonyStats();
        stats.colonyid = colony.id();
        Statistics s = a.send(stats, colony.key()).as(Statistics.class);
        assertEquals(PROCESSES, s.successfulprocesses);
        assertEquals(0, s.waitingprocesses + s.runningprocesses + s.failedprocesses);
        long replicasUsed = assignedTo.values().stream().distinct().count();
        assertTrue(replicasUsed > EXECUTORS / 2, "work was spread over the executors of both replicas");
    }
}
