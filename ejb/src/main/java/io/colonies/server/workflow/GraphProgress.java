package io.colonies.server.workflow;

import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessState;
import io.colonies.model.json.WireJson;
import io.colonies.server.cluster.ProcessEvents;
import io.colonies.server.db.Sql;
import io.colonies.server.process.ProcessMapper;
import io.colonies.server.process.ProcessRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a workflow forward when one of its processes is assigned or closed (PROTOCOL §6.7), inside
 * the closing transaction. Every close of a graph member first locks the graph row, so two parents
 * closing at once on two replicas are serialised and exactly one of them releases the shared child.
 */
@ApplicationScoped
public class GraphProgress {
    private static final String FAILED_ANCESTOR = "Ancestor process %s failed";

    @Inject
    Sql sql;

    @Inject
    ProcessEvents events;

    @Inject
    ProcessRepository processes;



    /** A child's input is its parents' outputs concatenated in {@code parents} order; the graph starts running. */
    public void onAssigned(Process claimed, Instant now) {
        if (!claimed.parents.isEmpty()) {
            List<Object> in = new ArrayList<>();
            for (String parentId : claimed.parents) {
                String out = sql.queryOne("SELECT output FROM processes WHERE process_id = ?", rs -> rs.getString(1),
                        parentId);
                if (out != null) {
                    in.addAll(WireJson.fromJson(out, List.class));
                }
            }
            claimed.in = in;
            sql.update("UPDATE processes SET input = ? WHERE process_id = ?", WireJson.toJson(in), claimed.processid);
        }
        sql.update("UPDATE process_graphs SET state = 1, start_time = ? WHERE processgraph_id = ? AND state = 0",
                now, claimed.processgraphid);
    }

    /** Releases children whose parents have all succeeded, then re-resolves the graph state. */
    public void onSucceeded(Process closed, Instant now) {
        lockGraph(closed.processgraphid);
        for (String childId : closed.children) {
            Process released = sql.queryOne("UPDATE processes c SET wait_for_parents = false"
                    + " WHERE c.process_id = ? AND c.wait_for_parents AND c.state = 0"
                    + " AND NOT EXISTS (SELECT 1 FROM processes p WHERE p.process_id = ANY (c.parents) AND p.state <> 2)"
                    + " RETURNING c.process_id, c.state, c.colony_id, c.executor_type, c.target_executor_ids,"
                    + " c.processgraph_id", ProcessMapper::routing, childId);
            if (released != null) {
                events.publish(released);
            }
        }
        resolve(closed.processgraphid, now);
    }

    /**
     * A failed process dooms its descendants: they end FAILED naming the ancestor, and never run.
     * Processes that already succeeded keep their result (unlike the reference, see docs/workflows.md).
     */
    public void onFailed(Process failed, Instant now) {
        lockGraph(failed.processgraphid);
        String errors = WireJson.toJson(List.of(String.format(FAILED_ANCESTOR, failed.processid)));
        sql.update("WITH RECURSIVE descendants(id) AS ("
                + "   SELECT unnest(children) FROM processes WHERE process_id = ?"
                + "   UNION SELECT unnest(p.children) FROM processes p JOIN descendants d ON p.process_id = d.id)"
                + " UPDATE processes SET state = 3, end_time = ?, errors = ?"
                + " WHERE process_id IN (SELECT id FROM descendants) AND state = 0", failed.processid, now, errors);
        resolve(failed.processgraphid, now);
    }

    private void lockGraph(String graphId) {
        processes.lockGraph(graphId);
    }

    /** Graph state from its processes: any failed → FAILED; all succeeded → SUCCESS; any started → RUNNING. */
    public void resolve(String graphId, Instant now) {
        long[] counts = new long[4];
        for (long[] row : sql.query("SELECT state, count(*) FROM processes WHERE processgraph_id = ? GROUP BY state",
                rs -> new long[] {rs.getInt(1), rs.getLong(2)}, graphId)) {
            counts[(int) row[0]] = row[1];
        }
        int state = GraphState.of(counts[0], counts[1], counts[2], counts[3]);
        if (state == ProcessState.SUCCESS || state == ProcessState.FAILED) {
            sql.update("UPDATE process_graphs SET state = ?, end_time = ?, start_time = COALESCE(start_time, ?)"
                    + " WHERE processgraph_id = ? AND state <> ?", state, now, now, graphId, state);
        } else if (state == ProcessState.RUNNING) {
            sql.update("UPDATE process_graphs SET state = 1, start_time = COALESCE(start_time, ?)"
                    + " WHERE processgraph_id = ? AND state = 0", now, graphId);
        }
    }
}
