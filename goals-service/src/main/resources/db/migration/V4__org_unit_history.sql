-- Org units are recorded like the rest of the structure, so that the goal tree's ETag sees their changes.
create table org_unit_aud (
    id uuid not null, rev bigint not null references revision (id), revtype smallint,
    version bigint, code varchar(32), name varchar(200), kind varchar(32), parent_id uuid, valid_from date, valid_to date,
    created_at timestamptz, created_by varchar(100), updated_at timestamptz, updated_by varchar(100),
    primary key (id, rev)
);
