create table org_unit (
    id          uuid primary key,
    version     bigint       not null,
    code        varchar(32)  not null,
    name        varchar(200) not null,
    kind        varchar(32)  not null,
    parent_id   uuid references org_unit (id),
    valid_from  date,
    valid_to    date,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(100) not null,
    constraint org_unit_code_unique unique (code),
    constraint org_unit_validity check (valid_to is null or valid_from is null or valid_to >= valid_from)
);

create index org_unit_parent on org_unit (parent_id);
