package io.colonies.server.process;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.server.cluster.LeaderScan;
import io.colonies.server.cluster.ProcessEvents;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The failsafe of PROTOCOL §6.5: overdue running processes are re-queued (keeping their priority
 * time) or failed once retries are used up; processes waiting past their deadline fail. Each kind is
 * one guarded set-based UPDATE in the process store, so a close racing with the scan either wins or is
 * refused. Failures are announced as {@link ProcessClosed} in the scan's transaction, so workflows
 * doom the descendants atomically with the failure.
 */
@Stateless
@LocalBean
@Local(LeaderScan.class)
public class DeadlineScanner implements LeaderScan {
    static final String EXEC_LIMIT = "[\"Maximum execution time limit exceeded\"]";
    static final String WAIT_LIMIT = "[\"Maximum waiting time limit exceeded\"]";
    static final int BATCH = 1000;

    @Inject
    ProcessRepository store;

    @Inject
    ProcessEvents events;

    @Inject
    Event<ProcessClosed> closedEvents;

    @Override
    public String name() {
        return "deadlines";
    }

    @Override
    public Duration period() {
        return Duration.ofSeconds(1);
    }

    /** Returns how many processes changed. */
    @Override
    public int run(Instant now) {
        List<Process> failed = store.failOverdue(now, EXEC_LIMIT, BATCH);
        List<Process> requeued = store.requeueOverdue(now, BATCH);
        List<Process> expired = store.expireWaiting(now, WAIT_LIMIT, BATCH);
        for (List<Process> changed : List.of(failed, requeued, expired)) {
            for (Process p : changed) {
                if (p.state == ProcessState.FAILED) {
                    closedEvents.fire(ProcessClosed.of(p, "", now));
                }
                events.publish(p);
            }
        }
        return failed.size() + requeued.size() + expired.size();
    }
}
