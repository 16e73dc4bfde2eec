package io.colonies.server.cluster;

import io.colonies.model.core.Process;
import io.colonies.server.db.Sql;
import io.colonies.server.process.ProcessMapper;
import io.colonies.server.workflow.GraphProgress;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * The failsafe of PROTOCOL §6.5: overdue running processes are re-queued (keeping their priority
 * time) or failed once retries are used up; processes waiting past their deadline fail. Each kind is
 * one guarded set-based UPDATE, so a close racing with the scan either wins or is refused.
 */
@Stateless
@LocalBean
@Local(LeaderScan.class)
public class DeadlineScanner implements LeaderScan {
    static final String EXEC_LIMIT = "[\"Maximum execution time limit exceeded\"]";
    static final String WAIT_LIMIT = "[\"Maximum waiting time limit exceeded\"]";
    private static final int BATCH = 1000;
    private static final String RETURNING = " RETURNING process_id, state, colony_id, executor_type, processgraph_id,"
            + " target_executor_ids";

    @Inject
    Sql sql;

    @Inject
    ProcessEvents events;

    @Inject
    GraphProgress graphs;



    @Override
    public String name() {
        return "deadlines";
    }

    @Override
    public java.time.Duration period() {
        return java.time.Duration.ofSeconds(1);
    }

    /** Returns how many processes changed. */
    @Override
    public int run(Instant now) {
        List<Process> failed = sql.query("UPDATE processes SET state = 3, end_time = ?, errors = ?"
                + " WHERE process_id IN (SELECT process_id FROM processes WHERE state = 1 AND exec_deadline IS NOT NULL AND exec_deadline < ?"
                + "   AND max_retries > -1 AND retries >= max_retries LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED)"
                + RETURNING, ProcessMapper::routing, now, EXEC_LIMIT, now);
        List<Process> requeued = sql.query("UPDATE processes SET state = 0, is_assigned = false,"
                + " assigned_executor_id = '', retries = retries + 1, end_time = ?, exec_deadline = NULL,"
                + " wait_deadline = CASE WHEN max_wait_time > 0 THEN ?::timestamptz + max_wait_time * interval '1 second'"
                + "   ELSE wait_deadline END"
                + " WHERE process_id IN (SELECT process_id FROM processes WHERE state = 1 AND exec_deadline IS NOT NULL AND exec_deadline < ?"
                + "   LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED)" + RETURNING, ProcessMapper::routing, now, now, now);
        List<Process> expired = sql.query("UPDATE processes SET state = 3, end_time = ?, errors = ?"
                + " WHERE process_id IN (SELECT process_id FROM processes WHERE state = 0 AND wait_deadline IS NOT NULL AND wait_deadline < ?"
                + "   LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED)" + RETURNING, ProcessMapper::routing, now, WAIT_LIMIT, now);
        for (List<Process> changed : List.of(failed, requeued, expired)) {
            for (Process p : changed) {
                if (p.state == io.colonies.model.core.ProcessState.FAILED && !p.processgraphid.isEmpty()) {
                    graphs.onFailed(p, now);
                }
                events.publish(p);
            }
        }
        return failed.size() + requeued.size() + expired.size();
    }
}
