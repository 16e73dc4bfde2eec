package io.colonies.server.process;

import io.colonies.server.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The one owner of {@code assignment_pauses}: a row per colony whose assignments are paused. Every
 * statement joins the caller's container transaction. The claim reads the table through
 * {@link #UNPAUSED}, in the claim statement itself, so a pause committed on one replica stops the
 * next claim on every replica.
 */
@ApplicationScoped
public class AssignmentPauseStore {
    /**
     * The claim's condition that the colony (the one parameter) is not paused; kept here so that every
     * statement naming this table lives in its owner. Not correlated with the candidate rows, so
     * PostgreSQL evaluates it once per statement, before it reads the queue.
     */
    public static final String UNPAUSED = "NOT EXISTS (SELECT 1 FROM assignment_pauses WHERE colony_id = ?)";

    @Inject
    Sql sql;

    public AssignmentPauseStore() {
        // for CDI
    }

    /** Over a given {@link Sql}, for tests of the exact SQL against PostgreSQL. */
    public AssignmentPauseStore(Sql sql) {
        this.sql = sql;
    }

    /** Pauses the colony; pausing again keeps the first time. True when this call paused it. */
    public boolean pause(String colonyId, String pausedBy, Instant now) {
        return sql.update("INSERT INTO assignment_pauses (colony_id, paused_at, paused_by) VALUES (?, ?, ?)"
                + " ON CONFLICT (colony_id) DO NOTHING", colonyId, now, pausedBy) == 1;
    }

    /** True when the colony was paused and now is not. */
    public boolean resume(String colonyId) {
        return sql.update("DELETE FROM assignment_pauses WHERE colony_id = ?", colonyId) == 1;
    }

    public boolean isPaused(String colonyId) {
        return sql.count("SELECT count(*) FROM assignment_pauses WHERE colony_id = ?", colonyId) > 0;
    }

    /** Paused colonies, cluster-wide, for the gauge. */
    public long pausedColonies() {
        return sql.count("SELECT count(*) FROM assignment_pauses");
    }
}
