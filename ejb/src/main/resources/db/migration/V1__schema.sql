-- Colonies schema, version 1: every table of the protocol.
-- Ids are the protocol's hex64 strings. JSON values (args, in, out, specs) are kept as text so that
-- they come back exactly as submitted.

CREATE TABLE colonies (
    colony_id   text PRIMARY KEY,
    name        text NOT NULL
);

CREATE TABLE executors (
    executor_id        text PRIMARY KEY,
    colony_id          text NOT NULL REFERENCES colonies (colony_id) ON DELETE CASCADE,
    executor_type      text NOT NULL,
    executor_name      text NOT NULL,
    state              smallint NOT NULL DEFAULT 0,
    require_func_reg   boolean NOT NULL DEFAULT false,
    commission_time    timestamptz NOT NULL,
    last_heard_from    timestamptz,
    longitude          double precision NOT NULL DEFAULT 0,
    latitude           double precision NOT NULL DEFAULT 0,
    CONSTRAINT executors_name_unique UNIQUE (colony_id, executor_name)
);

CREATE TABLE functions (
    function_id    text PRIMARY KEY,
    executor_id    text NOT NULL REFERENCES executors (executor_id) ON DELETE CASCADE,
    colony_id      text NOT NULL,
    funcname       text NOT NULL,
    description    text NOT NULL DEFAULT '',
    counter        bigint NOT NULL DEFAULT 0,
    min_wait_time  double precision NOT NULL DEFAULT 0,
    max_wait_time  double precision NOT NULL DEFAULT 0,
    min_exec_time  double precision NOT NULL DEFAULT 0,
    max_exec_time  double precision NOT NULL DEFAULT 0,
    avg_wait_time  double precision NOT NULL DEFAULT 0,
    avg_exec_time  double precision NOT NULL DEFAULT 0,
    args           text NOT NULL DEFAULT '[]',
    CONSTRAINT functions_name_unique UNIQUE (executor_id, funcname)
);
CREATE INDEX functions_colony ON functions (colony_id);

CREATE TABLE process_graphs (
    processgraph_id  text PRIMARY KEY,
    colony_id        text NOT NULL,
    root_ids         text[] NOT NULL DEFAULT '{}',
    state            smallint NOT NULL DEFAULT 0,
    submission_time  timestamptz NOT NULL,
    start_time       timestamptz,
    end_time         timestamptz
);
CREATE INDEX process_graphs_listing ON process_graphs (colony_id, state, submission_time DESC);

CREATE TABLE processes (
    process_id            text PRIMARY KEY,
    colony_id             text NOT NULL,
    executor_type         text NOT NULL,
    target_executor_ids   text[] NOT NULL DEFAULT '{}',
    assigned_executor_id  text NOT NULL DEFAULT '',
    is_assigned           boolean NOT NULL DEFAULT false,
    state                 smallint NOT NULL DEFAULT 0,
    wait_for_parents      boolean NOT NULL DEFAULT false,
    priority_time         bigint NOT NULL,
    submission_time       timestamptz NOT NULL,
    start_time            timestamptz,
    end_time              timestamptz,
    wait_deadline         timestamptz,
    exec_deadline         timestamptz,
    retries               integer NOT NULL DEFAULT 0,
    max_retries           integer NOT NULL DEFAULT 0,
    max_exec_time         bigint NOT NULL DEFAULT 0,
    max_wait_time         bigint NOT NULL DEFAULT 0,
    processgraph_id       text NOT NULL DEFAULT '',
    funcname              text NOT NULL DEFAULT '',
    spec                  text NOT NULL,
    parents               text[] NOT NULL DEFAULT '{}',
    children              text[] NOT NULL DEFAULT '{}',
    input                 text NOT NULL DEFAULT '[]',
    output                text NOT NULL DEFAULT '[]',
    errors                text NOT NULL DEFAULT '[]',
    idempotency_key       text
);
-- The queue: only assignable rows are indexed, in service order, so a claim stays an index-head read
-- however many processes are waiting behind it or finished long ago.
CREATE INDEX processes_queue ON processes (colony_id, executor_type, priority_time)
    WHERE state = 0 AND NOT wait_for_parents;
CREATE INDEX processes_listing ON processes (colony_id, state, priority_time);
CREATE INDEX processes_history ON processes (colony_id, state, submission_time);
CREATE INDEX processes_exec_deadline ON processes (exec_deadline) WHERE state = 1 AND exec_deadline IS NOT NULL;
CREATE INDEX processes_wait_deadline ON processes (wait_deadline) WHERE state = 0 AND wait_deadline IS NOT NULL;
CREATE INDEX processes_graph ON processes (processgraph_id) WHERE processgraph_id <> '';
CREATE INDEX processes_assignee ON processes (assigned_executor_id) WHERE state = 1;
CREATE UNIQUE INDEX processes_idempotency ON processes (colony_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

CREATE TABLE attributes (
    attribute_id     text PRIMARY KEY,
    target_id        text NOT NULL REFERENCES processes (process_id) ON DELETE CASCADE,
    target_colony_id text NOT NULL,
    processgraph_id  text NOT NULL DEFAULT '',
    attribute_type   smallint NOT NULL,
    key              text NOT NULL,
    value            text NOT NULL,
    added            timestamptz NOT NULL
);
CREATE INDEX attributes_target ON attributes (target_id);

CREATE TABLE crons (
    cron_id                     text PRIMARY KEY,
    colony_id                   text NOT NULL REFERENCES colonies (colony_id) ON DELETE CASCADE,
    name                        text NOT NULL UNIQUE,
    cron_expression             text NOT NULL DEFAULT '',
    interval_seconds            bigint NOT NULL DEFAULT -1,
    random                      boolean NOT NULL DEFAULT false,
    next_run                    timestamptz,
    last_run                    timestamptz,
    workflow_spec               text NOT NULL,
    prev_processgraph_id        text NOT NULL DEFAULT '',
    wait_for_prev_processgraph  boolean NOT NULL DEFAULT false
);
CREATE INDEX crons_colony ON crons (colony_id);

CREATE TABLE generators (
    generator_id   text PRIMARY KEY,
    colony_id      text NOT NULL REFERENCES colonies (colony_id) ON DELETE CASCADE,
    name           text NOT NULL UNIQUE,
    workflow_spec  text NOT NULL,
    trigger_count  integer NOT NULL,
    timeout_seconds bigint NOT NULL DEFAULT 0,
    first_pack     timestamptz,
    last_run       timestamptz
);
CREATE INDEX generators_colony ON generators (colony_id);

CREATE TABLE generator_args (
    seq           bigserial PRIMARY KEY,
    generator_id  text NOT NULL REFERENCES generators (generator_id) ON DELETE CASCADE,
    colony_id     text NOT NULL,
    arg           text NOT NULL,
    added         timestamptz NOT NULL
);
CREATE INDEX generator_args_queue ON generator_args (generator_id, seq);

-- One row per scan (deadlines, cron, generators, retention): the replica named in owner runs it
-- until expires_at; renewing extends it, and any replica may take an expired lease.
CREATE TABLE leases (
    name        text PRIMARY KEY,
    owner       text NOT NULL,
    expires_at  timestamptz NOT NULL
);

-- Replicas announce themselves so getclustermsg can list them.
CREATE TABLE cluster_nodes (
    name       text PRIMARY KEY,
    host       text NOT NULL,
    api_port   integer NOT NULL,
    last_seen  timestamptz NOT NULL
);
