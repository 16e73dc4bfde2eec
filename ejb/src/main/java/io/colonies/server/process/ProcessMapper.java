package io.colonies.server.process;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.FunctionSpec;
import io.colonies.model.core.Process;
import io.colonies.model.json.GoTime;
import io.colonies.model.json.WireJson;
import io.colonies.server.db.Sql;
import java.lang.reflect.Type;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@code processes} row into the wire object. */
public final class ProcessMapper {
    private static final Type LIST_OF_OBJECTS = new ArrayList<Object>() { }.getClass().getGenericSuperclass();
    private static final Type LIST_OF_STRINGS = new ArrayList<String>() { }.getClass().getGenericSuperclass();

    private ProcessMapper() {
    }

    static Process map(ResultSet rs) throws SQLException {
        Process p = new Process();
        p.processid = rs.getString("process_id");
        p.assignedexecutorid = rs.getString("assigned_executor_id");
        p.isassigned = rs.getBoolean("is_assigned");
        p.state = rs.getInt("state");
        p.prioritytime = rs.getLong("priority_time");
        p.submissiontime = GoTime.orZero(Sql.instant(rs, "submission_time"));
        p.starttime = GoTime.orZero(Sql.instant(rs, "start_time"));
        p.endtime = GoTime.orZero(Sql.instant(rs, "end_time"));
        p.waitdeadline = GoTime.orZero(Sql.instant(rs, "wait_deadline"));
        p.execdeadline = GoTime.orZero(Sql.instant(rs, "exec_deadline"));
        p.retries = rs.getInt("retries");
        p.spec = WireJson.fromJson(rs.getString("spec"), FunctionSpec.class);
        p.waitforparents = rs.getBoolean("wait_for_parents");
        p.parents = Sql.strings(rs, "parents");
        p.children = Sql.strings(rs, "children");
        p.processgraphid = rs.getString("processgraph_id");
        p.in = jsonList(rs.getString("input"));
        p.out = jsonList(rs.getString("output"));
        p.errors = WireJson.fromJson(rs.getString("errors"), LIST_OF_STRINGS);
        return p;
    }

    /**
     * Just what event routing needs (id, state, colony, type, targets, graph) from a RETURNING list
     * that names those columns; lets scans and graph updates avoid re-reading whole rows.
     */
    public static Process routing(ResultSet rs) throws SQLException {
        Process p = new Process();
        p.processid = rs.getString("process_id");
        p.state = rs.getInt("state");
        p.spec.conditions.colonyid = rs.getString("colony_id");
        p.spec.conditions.executortype = rs.getString("executor_type");
        p.spec.conditions.executorids = Sql.strings(rs, "target_executor_ids");
        p.processgraphid = rs.getString("processgraph_id");
        return p;
    }

    static List<Object> jsonList(String json) {
        List<Object> values = json == null ? null : WireJson.fromJson(json, LIST_OF_OBJECTS);
        return values == null ? new ArrayList<>() : values;
    }

    /** Attribute state follows its process, so it is derived on read instead of rewritten on every transition. */
    static Attribute attribute(ResultSet rs) throws SQLException {
        Attribute a = new Attribute();
        a.attributeid = rs.getString("attribute_id");
        a.targetid = rs.getString("target_id");
        a.targetcolonyid = rs.getString("target_colony_id");
        a.targetprocessgraphid = rs.getString("processgraph_id");
        a.attributetype = rs.getInt("attribute_type");
        a.key = rs.getString("key");
        a.value = rs.getString("value");
        a.state = rs.getInt("process_state");
        return a;
    }
}
