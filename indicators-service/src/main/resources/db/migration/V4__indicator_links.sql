-- The Agenda 2030 targets an indicator follows (e.g. 4.1, 11.a) and the goals (at goals-service) it measures.
create table indicator_sdg_target (
    id            uuid primary key,
    version       bigint        not null,
    indicator_id  uuid          not null references indicator (id) on delete cascade,
    sdg_target    varchar(8)    not null,
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(100)  not null,
    constraint indicator_sdg_target_unique unique (indicator_id, sdg_target)
);

create table indicator_goal (
    id            uuid primary key,
    version       bigint        not null,
    indicator_id  uuid          not null references indicator (id) on delete cascade,
    goal_id       uuid          not null,
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(100)  not null,
    constraint indicator_goal_unique unique (indicator_id, goal_id)
);

create index indicator_goal_by_goal on indicator_goal (goal_id);
