-- Colonies whose assignments are paused (HEAD's pauseassignmentsmsg). A row means "paused"; resuming
-- deletes it. The claim statement reads this table itself, so the pause holds on every replica at
-- once and no replica can hand out a process from a cache that missed the change. A deleted colony
-- takes its pause with it (FK cascade).
CREATE TABLE assignment_pauses (
    colony_id  text        PRIMARY KEY REFERENCES colonies (colony_id) ON DELETE CASCADE,
    paused_at  timestamptz NOT NULL,
    -- the id of the key that paused (the colony owner), for operators reading the table
    paused_by  text        NOT NULL
);
