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
