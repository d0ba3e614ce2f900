-- Late answers: the office's rule per remiss, and on each answer when and by whom a late one was let in.
alter table consultation add column late_answers varchar(16) not null default 'ACCEPT_MARKED';

alter table consultation_response add column late_reason varchar(32);
alter table consultation_response add column late_admitted_at timestamptz;
alter table consultation_response add column late_admitted_by varchar(100);
alter table consultation_response_revision add column late_reason varchar(32);
alter table consultation_response_revision add column late_admitted_at timestamptz;
alter table consultation_response_revision add column late_admitted_by varchar(100);

-- Reminders recorded before a reply date: one per recipient, reply date and number of days before it,
-- so that no reminder is sent twice (also when several instances run the job).
create table consultation_reminder (
    id               uuid primary key,
    consultation_id  uuid          not null references consultation (id),
    recipient_id     uuid          not null references consultation_recipient (id),
    reply_date       date          not null,
    days_before      integer       not null,
    sent_at          timestamptz   not null,
    constraint reminder_once unique (recipient_id, reply_date, days_before)
);
create index reminder_consultation_idx on consultation_reminder (consultation_id);
