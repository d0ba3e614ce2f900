-- Webhooks (docs/webhooks.md): subscriptions, the outbox of events written in the transaction of the
-- change they tell of, and one delivery per event and subscription with its attempts (the delivery log).
create table webhook_subscription (
    id                uuid          primary key,
    version           bigint        not null,
    created_at        timestamptz   not null,
    created_by        varchar(100)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(100)  not null,
    callback_url      varchar(2000) not null,
    event_types       varchar(4000) not null,
    org_unit_code     varchar(50),
    mandate_period_id uuid,
    secret            varchar(200)  not null,
    description       varchar(500),
    status            varchar(16)   not null,
    failing_since     timestamptz,
    paused_reason     varchar(500)
);

create table webhook_event (
    id                uuid          primary key,
    type              varchar(100)  not null,
    occurred_at       timestamptz   not null,
    org_unit_code     varchar(50),
    mandate_period_id uuid,
    body              text          not null
);

create table webhook_delivery (
    id              uuid          primary key,
    subscription_id uuid          not null references webhook_subscription (id) on delete cascade,
    event_id        uuid          not null references webhook_event (id),
    event_type      varchar(100)  not null,
    status          varchar(16)   not null,
    attempts        integer       not null,
    created_at      timestamptz   not null,
    next_attempt_at timestamptz   not null,
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      varchar(1000),
    delivered_at    timestamptz,
    unique (subscription_id, event_id)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, created_at desc);
