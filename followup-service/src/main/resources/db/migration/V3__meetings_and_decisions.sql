-- The path of a case through the meetings (AU → KS → KF), and the decisions taken on it.
create table case_meeting (
    id          uuid primary key,
    version     bigint        not null,
    case_id     uuid          not null references case_file (id),
    step        varchar(8)    not null,
    date        date          not null,
    paragraph   varchar(32),
    note        text,
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(100)  not null
);
create index case_meeting_case_idx on case_meeting (case_id);

create table decision (
    id                uuid primary key,
    version           bigint        not null,
    case_id           uuid          not null references case_file (id),
    body              varchar(16)   not null,
    date              date          not null,
    paragraph         varchar(32)   not null,
    text              text          not null,
    sent_to           jsonb         not null,
    consultation_id   uuid          references consultation (id),
    adopted_goal_ids  jsonb         not null,
    created_at        timestamptz   not null,
    created_by        varchar(100)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(100)  not null,
    -- A body numbers its paragraphs per meeting: one decision per paragraph.
    constraint decision_paragraph_unique unique (body, date, paragraph)
);
create index decision_case_idx on decision (case_id);
