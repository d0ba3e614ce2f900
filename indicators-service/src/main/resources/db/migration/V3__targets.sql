-- Önskade värden: per goal (owned by goals-service), indicator and area.
create table target (
    id                        uuid primary key,
    version                   bigint           not null,
    goal_id                   uuid             not null,
    goal_owner_org_unit_code  varchar(32)      not null,
    indicator_id              uuid             not null references indicator (id),
    area                      varchar(32)      not null,
    baseline_value            double precision not null,
    baseline_year             integer          not null,
    desired_value             double precision not null,
    desired_year              integer          not null,
    accepted_value            double precision not null,
    direction_2030            varchar(16)      not null,
    created_at                timestamptz      not null,
    created_by                varchar(100)     not null,
    updated_at                timestamptz      not null,
    updated_by                varchar(100)     not null,
    constraint target_key unique (goal_id, indicator_id, area)
);

create index target_by_indicator on target (indicator_id, area);

-- Every earlier state of a target, also after it was deleted (so no foreign key).
create table target_revision (
    id              uuid primary key,
    version         bigint           not null,
    target_id       uuid             not null,
    target_version  bigint           not null,
    baseline_value  double precision not null,
    baseline_year   integer          not null,
    desired_value   double precision not null,
    desired_year    integer          not null,
    accepted_value  double precision not null,
    direction_2030  varchar(16)      not null,
    recorded_at     timestamptz      not null,
    recorded_by     varchar(100)     not null,
    created_at      timestamptz      not null,
    created_by      varchar(100)     not null,
    updated_at      timestamptz      not null,
    updated_by      varchar(100)     not null
);

create index target_revision_by_target on target_revision (target_id, target_version);

-- Kept by the database, like observation revisions, so that no write path can skip it.
create function target_keep_revision() returns trigger language plpgsql as $$
begin
    insert into target_revision (id, version, target_id, target_version, baseline_value, baseline_year, desired_value,
                                 desired_year, accepted_value, direction_2030, recorded_at, recorded_by,
                                 created_at, created_by, updated_at, updated_by)
    values (gen_random_uuid(), 0, old.id, old.version, old.baseline_value, old.baseline_year, old.desired_value,
            old.desired_year, old.accepted_value, old.direction_2030, old.updated_at, old.updated_by,
            now(), coalesce(new.updated_by, old.updated_by), now(), coalesce(new.updated_by, old.updated_by));
    return coalesce(new, old);
end
$$;

create trigger target_revision_on_change
    before update or delete on target
    for each row execute function target_keep_revision();
