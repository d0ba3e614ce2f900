-- The goal structure: mandate periods, vision, goal areas, goals on every level, Agenda 2030,
-- steering documents; and the revision tables (Hibernate Envers) that record every change.

create table mandate_period (
    id          uuid primary key,
    version     bigint       not null,
    code        varchar(16)  not null,
    name        varchar(200) not null,
    start_year  integer      not null,
    end_year    integer      not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(100) not null,
    constraint mandate_period_code_unique unique (code),
    constraint mandate_period_years check (end_year >= start_year)
);

create table vision (
    id                   uuid primary key,
    version              bigint        not null,
    text                 varchar(1000) not null,
    core_values          text[]        not null,
    valid_from           date          not null,
    valid_to             date,
    status               varchar(16)   not null,
    decision_body        varchar(16),
    decision_date        date,
    decision_paragraph   varchar(32),
    decision_reference   varchar(32),
    created_at           timestamptz   not null,
    created_by           varchar(100)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(100)  not null
);

create table goal_area (
    id                  uuid primary key,
    version             bigint        not null,
    number              integer       not null,
    name                varchar(200)  not null,
    description         text,
    keywords            text[]        not null,
    guiding_questions   text[]        not null,
    status              varchar(16)   not null,
    created_at          timestamptz   not null,
    created_by          varchar(100)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(100)  not null,
    constraint goal_area_number_unique unique (number)
);

create table goal (
    id                   uuid primary key,
    version              bigint        not null,
    code                 varchar(32)   not null,
    title                varchar(500)  not null,
    meaning              text,
    level                varchar(16)   not null,
    internal_category    varchar(16),
    mandate_period_id    uuid          not null references mandate_period (id),
    budget_year          integer,
    goal_area_id         uuid references goal_area (id),
    parent_goal_id       uuid references goal (id),
    contributes_to       uuid[]        not null,
    owner_org_unit_id    uuid          not null references org_unit (id),
    target_groups        text[]        not null,
    focus_areas          text[]        not null,
    horizon              varchar(16)   not null,
    ambition             text,
    direction_2030       text,
    sdg_targets          text[]        not null,
    status               varchar(16)   not null,
    decision_body        varchar(16),
    decision_date        date,
    decision_paragraph   varchar(32),
    decision_reference   varchar(32),
    predecessor_id       uuid references goal (id),
    successor_id         uuid references goal (id),
    carried_over_from_id uuid references goal (id),
    created_at           timestamptz   not null,
    created_by           varchar(100)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(100)  not null
);

-- A code names one goal in a period; a new version of an adopted goal keeps its code.
create unique index goal_code_unique_in_period on goal (mandate_period_id, code)
    where predecessor_id is null and status in ('DRAFT', 'PROPOSED', 'ADOPTED');

create index goal_period on goal (mandate_period_id);
create index goal_parent on goal (parent_goal_id);
create index goal_owner on goal (owner_org_unit_id);
create index goal_contributes_to on goal using gin (contributes_to);

create table sdg_goal (
    number          integer primary key,
    short_title_sv  varchar(200) not null,
    short_title_en  varchar(200) not null,
    title_en        varchar(500) not null
);

create table sdg_target (
    code         varchar(8) primary key,
    goal_number  integer    not null references sdg_goal (number),
    position     integer    not null,
    title_en     text       not null
);

create table steering_document (
    id                     uuid primary key,
    version                bigint        not null,
    title                  varchar(300)  not null,
    kind                   varchar(16)   not null,
    adopted_by_org_unit_id uuid references org_unit (id),
    adopted_on             date,
    registration_number    varchar(32),
    valid_to               date,
    goal_ids               uuid[]        not null,
    sdg_targets            text[]        not null,
    older_structure        boolean       not null,
    appendix_note          text,
    created_at             timestamptz   not null,
    created_by             varchar(100)  not null,
    updated_at             timestamptz   not null,
    updated_by             varchar(100)  not null
);

-- Envers: one row per change set, with who made it.
create table revision (
    id          bigserial    primary key,
    changed_at  bigint       not null,
    changed_by  varchar(100) not null
);

create table vision_aud (
    id uuid not null, rev bigint not null references revision (id), revtype smallint,
    version bigint, text varchar(1000), core_values text[], valid_from date, valid_to date, status varchar(16),
    decision_body varchar(16), decision_date date, decision_paragraph varchar(32), decision_reference varchar(32),
    created_at timestamptz, created_by varchar(100), updated_at timestamptz, updated_by varchar(100),
    primary key (id, rev)
);

create table goal_area_aud (
    id uuid not null, rev bigint not null references revision (id), revtype smallint,
    version bigint, number integer, name varchar(200), description text, keywords text[], guiding_questions text[],
    status varchar(16),
    created_at timestamptz, created_by varchar(100), updated_at timestamptz, updated_by varchar(100),
    primary key (id, rev)
);

create table goal_aud (
    id uuid not null, rev bigint not null references revision (id), revtype smallint,
    version bigint, code varchar(32), title varchar(500), meaning text, level varchar(16), internal_category varchar(16),
    mandate_period_id uuid, budget_year integer, goal_area_id uuid, parent_goal_id uuid, contributes_to uuid[],
    owner_org_unit_id uuid, target_groups text[], focus_areas text[], horizon varchar(16), ambition text,
    direction_2030 text, sdg_targets text[], status varchar(16), decision_body varchar(16), decision_date date,
    decision_paragraph varchar(32), decision_reference varchar(32), predecessor_id uuid, successor_id uuid,
    carried_over_from_id uuid, created_at timestamptz, created_by varchar(100), updated_at timestamptz, updated_by varchar(100),
    primary key (id, rev)
);

create table steering_document_aud (
    id uuid not null, rev bigint not null references revision (id), revtype smallint,
    version bigint, title varchar(300), kind varchar(16), adopted_by_org_unit_id uuid, adopted_on date,
    registration_number varchar(32), valid_to date, goal_ids uuid[], sdg_targets text[], older_structure boolean,
    appendix_note text,
    created_at timestamptz, created_by varchar(100), updated_at timestamptz, updated_by varchar(100),
    primary key (id, rev)
);

create index revision_changed_at on revision (changed_at);
