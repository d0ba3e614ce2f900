-- Each Kolada sync (scheduled or started by hand): when it ran and what came of it, so that the
-- time and result of the last one can be read through the API.
create table kolada_sync_run (
    id           uuid primary key,
    trigger      varchar(16)   not null,
    started_at   timestamptz   not null,
    finished_at  timestamptz   not null,
    outcome      varchar(16)   not null,
    pages        bigint        not null,
    rows         bigint        not null,
    created      bigint        not null,
    revised      bigint        not null,
    unchanged    bigint        not null,
    error        varchar(2000)
);
create index kolada_sync_run_started_idx on kolada_sync_run (started_at desc);
