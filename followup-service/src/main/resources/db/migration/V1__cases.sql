-- Registration numbers (diarienummer) run per body and year and are never reused.
create table registration_counter (
    body         varchar(16) not null,
    year         integer     not null,
    last_number  integer     not null,
    primary key (body, year)
);

create table case_file (
    id                        uuid primary key,
    version                   bigint        not null,
    body                      varchar(16)   not null,
    year                      integer       not null,
    number                    integer       not null,
    title                     varchar(300)  not null,
    case_officer_role         varchar(200),
    responsible_manager_role  varchar(200),
    proposal                  text,
    created_at                timestamptz   not null,
    created_by                varchar(100)  not null,
    updated_at                timestamptz   not null,
    updated_by                varchar(100)  not null,
    constraint case_registration_unique unique (body, year, number)
);
