-- Targets and indicator links follow a goal to its new version (or into a new mandate period):
-- each copy names what it was carried over from, so the carry-over stays visible.
alter table target add column carried_over_from_target_id uuid;
alter table indicator_goal add column carried_over_from_goal_id uuid;
