create table indicator (
    id                  uuid primary key,
    version             bigint        not null,
    code                varchar(32)   not null,
    title               varchar(300)  not null,
    description         text,
    unit                varchar(50)   not null,
    source              varchar(32)   not null,
    quality             varchar(32)   not null,
    polarity            varchar(32)   not null,
    frequency           varchar(32)   not null,
    horizon             varchar(32)   not null,
    divided_by_gender   boolean       not null,
    created_at          timestamptz   not null,
    created_by          varchar(100)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(100)  not null,
    constraint indicator_code_unique unique (code)
);
