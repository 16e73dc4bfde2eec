-- Log lines an executor adds to the process it runs (addlogmsg). They go with their process: deleting
-- it, by hand or by the retention scan, removes them (FK cascade).
CREATE TABLE process_logs (
    process_id   text   NOT NULL REFERENCES processes (process_id) ON DELETE CASCADE,
    -- Unix nanoseconds, strictly increasing per process: the "since" cursor of followers.
    ts           bigint NOT NULL,
    colony_id    text   NOT NULL,
    executor_id  text   NOT NULL,
    message      text   NOT NULL,
    bytes        integer NOT NULL,
    PRIMARY KEY (process_id, ts)
);
