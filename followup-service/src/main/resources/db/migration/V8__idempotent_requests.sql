-- The first answer to a POST sent with an Idempotency-Key, replayed when the same caller sends the same key again.
create table idempotent_request (
    id               uuid primary key,
    version          bigint        not null,
    idempotency_key  varchar(200)  not null,
    operation        varchar(100)  not null,
    caller           varchar(100)  not null,
    request_hash     varchar(64)   not null,
    status           integer       not null,
    location         varchar(1000),
    etag             varchar(100),
    body             text          not null,
    created_at       timestamptz   not null,
    created_by       varchar(100)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(100)  not null,
    constraint idempotent_request_key unique (idempotency_key, operation, caller)
);
