-- Whether a target's latest observation reached its desired value when it was last assessed (after an
-- import), so that webhooks tell when it becomes achieved or stops being so (docs/webhooks.md).
alter table target add column achieved boolean;
