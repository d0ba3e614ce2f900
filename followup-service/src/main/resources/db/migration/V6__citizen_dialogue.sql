-- Citizen dialogue: events, their questions per goal area, and anonymous answers (no personal data is stored).
create table dialogue_event (
    id                uuid primary key,
    version           bigint        not null,
    title             varchar(300)  not null,
    date              date          not null,
    form              varchar(16)   not null,
    target_groups     jsonb         not null,
    participants      integer       not null check (participants >= 0),
    open_for_answers  boolean       not null,
    created_at        timestamptz   not null,
    created_by        varchar(100)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(100)  not null
);

create table dialogue_question (
    id              uuid primary key,
    version         bigint        not null,
    event_id        uuid          not null references dialogue_event (id),
    position        integer       not null,
    goal_area_id    uuid,
    goal_area_name  varchar(300)  not null,
    text            text          not null,
    created_at      timestamptz   not null,
    created_by      varchar(100)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(100)  not null
);
create index dialogue_question_event_idx on dialogue_question (event_id);

create table dialogue_answer (
    id            uuid primary key,
    version       bigint        not null,
    question_id   uuid          not null references dialogue_question (id),
    target_group  varchar(100),
    text          text          not null,
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(100)  not null
);
create index dialogue_answer_question_idx on dialogue_answer (question_id);
