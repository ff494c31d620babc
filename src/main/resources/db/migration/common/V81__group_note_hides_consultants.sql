-- A group may ask that the consultation note name consultants by role and credential only (issue 16)
alter table consultation_group add column note_hides_consultants boolean default false not null;
