package io.colonies.server.executor;

import io.colonies.server.id.ColonyId;
import io.colonies.server.id.ExecutorId;
import io.colonies.server.id.ExecutorType;
import io.colonies.server.security.Member;

import io.colonies.model.core.Executor;
import io.colonies.model.core.Location;
import io.colonies.model.json.GoTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code executors}. */
@Entity
@Table(name = "executors")
public class ExecutorEntity {
    @Id
    @Column(name = "executor_id")
    private String id;

    @Column(name = "colony_id", nullable = false)
    private String colonyId;

    @Column(name = "executor_type", nullable = false)
    private String type;

    @Column(name = "executor_name", nullable = false)
    private String name;

    @Column(name = "state", nullable = false)
    private short state;

    @Column(name = "require_func_reg", nullable = false)
    private boolean requireFuncReg;

    @Column(name = "commission_time", nullable = false)
    private Instant commissionTime;

    @Column(name = "last_heard_from")
    private Instant lastHeardFrom;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    protected ExecutorEntity() {
    }

    /** A new registration: always pending, commissioned now (PROTOCOL §5.3). */
    public static ExecutorEntity register(Executor wire, Instant now) {
        ExecutorEntity e = new ExecutorEntity();
        e.id = wire.executorid;
        e.colonyId = wire.colonyid;
        e.type = wire.executortype;
        e.name = wire.executorname;
        e.state = Executor.PENDING;
        e.requireFuncReg = wire.requirefuncreg;
        e.commissionTime = now;
        e.lastHeardFrom = GoTime.orNull(wire.lastheardfromtime);
        if (wire.location != null) {
            e.longitude = wire.location.longitude;
            e.latitude = wire.location.lat;
        }
        return e;
    }

    public String id() {
        return id;
    }

    public String colonyId() {
        return colonyId;
    }

    public String type() {
        return type;
    }

    public String name() {
        return name;
    }

    public int state() {
        return state;
    }

    public boolean isApproved() {
        return state == Executor.APPROVED;
    }

    public void changeState(int newState) {
        this.state = (short) newState;
    }

    /** What the role checks and the queue need of this executor; this, not the entity, leaves the domain. */
    public Member toMember() {
        return new Member(ExecutorId.of(id), ColonyId.of(colonyId), ExecutorType.of(type), name, isApproved());
    }

    public Executor toWire() {
        Executor w = new Executor();
        w.executorid = id;
        w.colonyid = colonyId;
        w.executortype = type;
        w.executorname = name;
        w.state = state;
        w.requirefuncreg = requireFuncReg;
        w.commissiontime = GoTime.orZero(commissionTime);
        w.lastheardfromtime = GoTime.orZero(lastHeardFrom);
        Location location = new Location();
        location.longitude = longitude;
        location.lat = latitude;
        w.location = location;
        return w;
    }
}
