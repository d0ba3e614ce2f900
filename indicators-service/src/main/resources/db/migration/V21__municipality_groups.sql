-- Municipality groups (kommungrupper) as Kolada's municipality_groups: one per county and all
-- municipalities (reference data, kept here), and groups an administrator defines. Data asked
-- for a group answers the unweighted mean of its members.
create table municipality_group (
    id          uuid          primary key,
    version     bigint        not null,
    code        varchar(16)   not null,
    title       varchar(200)  not null,
    kind        varchar(32)   not null,
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(100)  not null,
    constraint municipality_group_code unique (code),
    constraint municipality_group_kind check (kind in ('COUNTY', 'ALL_MUNICIPALITIES', 'DEFINED'))
);

create table municipality_group_member (
    group_id           uuid        not null references municipality_group (id) on delete cascade,
    municipality_code  varchar(4)  not null references municipality (code),
    constraint municipality_group_member_key primary key (group_id, municipality_code)
);

create index municipality_group_member_by_municipality on municipality_group_member (municipality_code);

-- The codes of administrator-defined groups: G followed by a number, as Kolada's (G100001).
create sequence municipality_group_number start with 100001;

insert into municipality_group (id, version, code, title, kind, created_at, created_by, updated_at, updated_by)
select gen_random_uuid(), 0, 'GL' || c.code, 'Kommuner i ' || c.name, 'COUNTY', now(), 'system', now(), 'system'
from county c;

insert into municipality_group (id, version, code, title, kind, created_at, created_by, updated_at, updated_by)
values (gen_random_uuid(), 0, 'GALLA', 'Alla kommuner', 'ALL_MUNICIPALITIES', now(), 'system', now(), 'system');

insert into municipality_group_member (group_id, municipality_code)
select g.id, m.code from municipality_group g join municipality m on g.code = 'GL' || m.county_code
where g.kind = 'COUNTY' and m.type = 'K';

insert into municipality_group_member (group_id, municipality_code)
select g.id, m.code from municipality_group g cross join municipality m
where g.kind = 'ALL_MUNICIPALITIES' and m.type = 'K';
