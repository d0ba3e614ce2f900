-- Risks that counteract goals, assessed by the boards, and the municipal internal control plan built from the largest.
create table risk (
    id              uuid primary key,
    version         bigint        not null,
    org_unit_id     uuid          not null,
    org_unit_code   varchar(32)   not null,
    year            integer       not null,
    title           varchar(300)  not null,
    description     text,
    category        varchar(16)   not null,
    goal_ids        jsonb         not null,
    probability     integer       not null check (probability between 1 and 4),
    consequence     integer       not null check (consequence between 1 and 4),
    risk_value      integer       not null check (risk_value = probability * consequence),
    created_at      timestamptz   not null,
    created_by      varchar(100)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(100)  not null
);
create index risk_year_value_idx on risk (year, risk_value desc);

create table internal_control_plan (
    id          uuid primary key,
    version     bigint        not null,
    year        integer       not null,
    min_risk_value integer    not null,
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(100)  not null,
    constraint control_plan_one_per_year unique (year)
);

create table internal_control (
    id                uuid primary key,
    version           bigint        not null,
    plan_id           uuid          not null references internal_control_plan (id),
    risk_id           uuid          not null references risk (id),
    what              text,
    method            text,
    responsible_role  varchar(200),
    timing            varchar(200),
    follow_up_status  varchar(32)   not null,
    follow_up_note    text,
    created_at        timestamptz   not null,
    created_by        varchar(100)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(100)  not null,
    constraint control_once_per_risk unique (plan_id, risk_id)
);
