-- A case consultation records the author's attestation and the detections they judged not identifying,
-- so moderators can see both.
alter table discussion_thread add column attested boolean not null default false;
alter table discussion_thread add column kept_details varchar(2000);
