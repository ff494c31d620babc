-- A group may require its members to use a second factor (issue 15, item 1: optional for therapists, unless a group
-- of theirs requires it).
alter table consultation_group add column requires_second_factor boolean default false not null;
