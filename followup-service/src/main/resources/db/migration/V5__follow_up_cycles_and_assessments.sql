-- Follow-up cycles (nuläge, delår, årsredovisning) and the boards' assessments per goal, with their revisions.
create table follow_up_cycle (
    id                 uuid primary key,
    version            bigint        not null,
    kind               varchar(16)   not null,
    year               integer       not null,
    mandate_period_id  uuid,
    title              varchar(300)  not null,
    deadline           date          not null,
    created_at         timestamptz   not null,
    created_by         varchar(100)  not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(100)  not null,
    constraint cycle_once_per_kind_and_year unique (kind, year)
);

create table assessment (
    id                    uuid primary key,
    version               bigint        not null,
    cycle_id              uuid          not null references follow_up_cycle (id),
    goal_id               uuid          not null,
    org_unit_id           uuid          not null,
    org_unit_code         varchar(32)   not null,
    status                varchar(16)   not null,
    revision              integer       not null,
    judgement             varchar(32)   not null,
    analysis              text          not null,
    target_group_effects  text,
    activity_ids          jsonb         not null,
    fulfilment_snapshot   jsonb         not null,
    review_comment        text,
    created_at            timestamptz   not null,
    created_by            varchar(100)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(100)  not null,
    constraint assessment_once unique (cycle_id, goal_id, org_unit_id)
);
create index assessment_cycle_idx on assessment (cycle_id);

-- Every submission and review of an assessment, as it was.
create table assessment_revision (
    id                    uuid primary key,
    version               bigint        not null,
    assessment_id         uuid          not null references assessment (id),
    revision              integer       not null,
    status                varchar(16)   not null,
    judgement             varchar(32)   not null,
    analysis              text          not null,
    target_group_effects  text,
    activity_ids          jsonb         not null,
    fulfilment_snapshot   jsonb         not null,
    review_comment        text,
    created_at            timestamptz   not null,
    created_by            varchar(100)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(100)  not null
);
create index assessment_revision_idx on assessment_revision (assessment_id);
