-- An adopted vision is not edited in place: a change is a new version that needs a decision, like a goal.
alter table vision add column predecessor_id uuid;
alter table vision add column successor_id uuid;
alter table vision_aud add column predecessor_id uuid;
alter table vision_aud add column successor_id uuid;
