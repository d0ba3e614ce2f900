-- Activities of the boards, alone or across sectors, towards goals and for target groups.
create table activity (
    id                   uuid primary key,
    version              bigint        not null,
    title                varchar(300)  not null,
    description          text,
    owner_org_unit_id    uuid          not null,
    owner_org_unit_code  varchar(32)   not null,
    cooperating_units    jsonb         not null,
    goal_ids             jsonb         not null,
    target_groups        jsonb         not null,
    status               varchar(16)   not null,
    start_date           date,
    end_date             date,
    created_at           timestamptz   not null,
    created_by           varchar(100)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(100)  not null,
    constraint activity_dates_in_order check (end_date is null or start_date is null or end_date >= start_date)
);
create index activity_owner_idx on activity (owner_org_unit_code);
