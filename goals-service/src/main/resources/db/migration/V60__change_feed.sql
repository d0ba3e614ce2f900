-- The change feed (…/v1/changes?since=), the same in every service (docs/change-feeds.md): a row per
-- change of a resource, written in the transaction of the change; its position (the cursor) is given
-- once that transaction is over, per change set (the changes of one transaction), in transaction order.
create sequence change_position;

create table change_log (
    id            bigserial    primary key,
    position      bigint,
    tx            xid8         not null default pg_current_xact_id(),
    resource_type varchar(50)  not null,
    resource_id   uuid         not null,
    href          varchar(300) not null,
    change        varchar(10)  not null,
    changed_at    timestamptz  not null,
    changed_by    varchar(100) not null,
    open_data     boolean      not null
);

create index change_log_position on change_log (position);
create index change_log_unplaced on change_log (tx) where position is null;

-- The feed of goals-service read Envers' revisions until now: their numbers stay the positions of the
-- changes recorded so far, so that a reader's cursor stays valid.
insert into change_log (position, tx, resource_type, resource_id, href, change, changed_at, changed_by, open_data)
select r.id, (r.id::text)::xid8, c.resource_type, c.id, c.path || c.id, case c.revtype when 0 then 'CREATED' when 1 then 'CHANGED' else 'DELETED' end,
       to_timestamp(r.changed_at / 1000.0), r.changed_by,
       c.status is null or c.status in ('ADOPTED', 'ARCHIVED', 'REPLACED')
from (select 'GOAL' as resource_type, '/goals/v1/goals/' as path, id, rev, revtype, status from goal_aud
      union all select 'GOAL_AREA', '/goals/v1/goal-areas/', id, rev, revtype, status from goal_area_aud
      union all select 'VISION', '/goals/v1/visions/', id, rev, revtype, status from vision_aud
      union all select 'STEERING_DOCUMENT', '/goals/v1/steering-documents/', id, rev, revtype, null from steering_document_aud
      union all select 'ORG_UNIT', '/goals/v1/org-units/', id, rev, revtype, null from org_unit_aud) c
join revision r on r.id = c.rev;

select setval('change_position', (select coalesce(max(id), 0) + 1 from revision), false);
