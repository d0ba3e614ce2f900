-- The decision that adopted a goal (or a vision) may name its record at followup-service, so that
-- the goal links to it (decisionUrl). Older adoptions name only the reference.
alter table goal add column decision_case_id uuid, add column decision_id uuid;
alter table goal_aud add column decision_case_id uuid, add column decision_id uuid;
alter table vision add column decision_case_id uuid, add column decision_id uuid;
alter table vision_aud add column decision_case_id uuid, add column decision_id uuid;
