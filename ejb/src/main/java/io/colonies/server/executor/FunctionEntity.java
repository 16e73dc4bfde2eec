package io.colonies.server.executor;

import io.colonies.model.core.Function;
import io.colonies.model.json.WireJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A row of {@code functions}. Statistics are updated by SQL on close, not through this entity. */
@Entity
@Table(name = "functions")
public class FunctionEntity {
    @Id
    @Column(name = "function_id")
    private String id;

    @Column(name = "executor_id", nullable = false)
    private String executorId;

    @Column(name = "colony_id", nullable = false)
    private String colonyId;

    @Column(name = "funcname", nullable = false)
    private String funcname;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "counter")
    private long counter;

    @Column(name = "min_wait_time")
    private double minWaitTime;

    @Column(name = "max_wait_time")
    private double maxWaitTime;

    @Column(name = "min_exec_time")
    private double minExecTime;

    @Column(name = "max_exec_time")
    private double maxExecTime;

    @Column(name = "avg_wait_time")
    private double avgWaitTime;

    @Column(name = "avg_exec_time")
    private double avgExecTime;

    @Column(name = "args", nullable = false)
    private String args;

    protected FunctionEntity() {
    }

    public static FunctionEntity from(Function wire, String id) {
        FunctionEntity f = new FunctionEntity();
        f.id = id;
        f.executorId = wire.executorid;
        f.colonyId = wire.colonyid;
        f.funcname = wire.funcname;
        f.description = wire.desc == null ? "" : wire.desc;
        f.counter = wire.counter;
        f.minWaitTime = wire.minwaittime;
        f.maxWaitTime = wire.maxwaittime;
        f.minExecTime = wire.minexectime;
        f.maxExecTime = wire.maxexectime;
        f.avgWaitTime = wire.avgwaittime;
        f.avgExecTime = wire.avgexectime;
        f.args = WireJson.toJson(wire.args == null ? List.of() : wire.args);
        return f;
    }

    public String executorId() {
        return executorId;
    }

    public String colonyId() {
        return colonyId;
    }

    @SuppressWarnings("unchecked")
    public Function toWire() {
        Function w = new Function();
        w.functionid = id;
        w.executorid = executorId;
        w.colonyid = colonyId;
        w.funcname = funcname;
        w.desc = description;
        w.counter = counter;
        w.minwaittime = minWaitTime;
        w.maxwaittime = maxWaitTime;
        w.minexectime = minExecTime;
        w.maxexectime = maxExecTime;
        w.avgwaittime = avgWaitTime;
        w.avgexectime = avgExecTime;
        w.args = new ArrayList<>(WireJson.fromJson(args, List.class));
        return w;
    }
}
