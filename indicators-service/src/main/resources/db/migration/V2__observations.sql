-- Sized for national data (290 municipalities x hundreds of indicators x decades x 3 genders):
-- the unique key serves indicator-first reads, the area index municipality-first reads.
create table observation (
    id            uuid primary key,
    version       bigint           not null,
    indicator_id  uuid             not null references indicator (id),
    area          varchar(32)      not null,
    period        integer          not null,
    gender        varchar(1)       not null,
    value         double precision,
    status        varchar(16)      not null,
    source        varchar(100)     not null,
    created_at    timestamptz      not null,
    created_by    varchar(100)     not null,
    updated_at    timestamptz      not null,
    updated_by    varchar(100)     not null,
    constraint observation_key unique (indicator_id, area, period, gender),
    constraint observation_gender check (gender in ('T', 'K', 'M')),
    constraint observation_status check (status in ('FINAL', 'PRELIMINARY', 'MISSING'))
);

create index observation_by_area on observation (area, indicator_id, period);

-- The values an observation had before each revision, newest first by recorded_at.
create table observation_revision (
    id              uuid primary key,
    version         bigint           not null,
    observation_id  uuid             not null references observation (id) on delete cascade,
    value           double precision,
    status          varchar(16)      not null,
    source          varchar(100)     not null,
    recorded_at     timestamptz      not null,
    recorded_by     varchar(100)     not null,
    created_at      timestamptz      not null,
    created_by      varchar(100)     not null,
    updated_at      timestamptz      not null,
    updated_by      varchar(100)     not null
);

create index observation_revision_by_observation on observation_revision (observation_id, recorded_at);

-- Kept by the database so that every write path (single values and bulk merges) keeps history.
create function observation_keep_revision() returns trigger language plpgsql as $$
begin
    if (old.value, old.status, old.source) is distinct from (new.value, new.status, new.source) then
        insert into observation_revision (id, version, observation_id, value, status, source, recorded_at, recorded_by,
                                          created_at, created_by, updated_at, updated_by)
        values (gen_random_uuid(), 0, old.id, old.value, old.status, old.source, old.updated_at, old.updated_by,
                new.updated_at, new.updated_by, new.updated_at, new.updated_by);
    end if;
    return new;
end
$$;

create trigger observation_revision_on_change
    before update on observation
    for each row execute function observation_keep_revision();
