-- Consultations (remiss): a proposal sent to named org units, each answering once; later changes are revisions.
create table consultation (
    id           uuid primary key,
    version      bigint        not null,
    case_id      uuid          references case_file (id),
    subject      varchar(300)  not null,
    description  text,
    goal_ids     jsonb         not null,
    attachments  jsonb         not null,
    reply_date   date,
    status       varchar(16)   not null,
    sent_at      timestamptz,
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    updated_at   timestamptz   not null,
    updated_by   varchar(100)  not null
);
create index consultation_status_idx on consultation (status);

create table consultation_recipient (
    id               uuid primary key,
    version          bigint        not null,
    consultation_id  uuid          not null references consultation (id),
    org_unit_id      uuid          not null,
    org_unit_code    varchar(32)   not null,
    org_unit_name    varchar(300)  not null,
    created_at       timestamptz   not null,
    created_by       varchar(100)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(100)  not null,
    constraint recipient_once unique (consultation_id, org_unit_id)
);
create index recipient_org_unit_code_idx on consultation_recipient (org_unit_code);

-- The current answer of a recipient; one per recipient, so answering twice is refused by the database too.
create table consultation_response (
    id               uuid primary key,
    version          bigint        not null,
    consultation_id  uuid          not null references consultation (id),
    recipient_id     uuid          not null references consultation_recipient (id),
    revision         integer       not null,
    position         varchar(32)   not null,
    text             text,
    goal_comments    jsonb         not null,
    late             boolean       not null,
    created_at       timestamptz   not null,
    created_by       varchar(100)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(100)  not null,
    constraint response_once_per_recipient unique (recipient_id)
);
create index response_consultation_idx on consultation_response (consultation_id);

-- Every submitted revision of an answer, as it was submitted; never changed.
create table consultation_response_revision (
    id             uuid primary key,
    version        bigint        not null,
    response_id    uuid          not null references consultation_response (id),
    revision       integer       not null,
    position       varchar(32)   not null,
    text           text,
    goal_comments  jsonb         not null,
    late           boolean       not null,
    created_at     timestamptz   not null,
    created_by     varchar(100)  not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(100)  not null,
    constraint revision_once unique (response_id, revision)
);
