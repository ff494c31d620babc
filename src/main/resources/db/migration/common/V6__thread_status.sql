-- New case consultations wait for a supervisor before the group sees them.
alter table discussion_thread add column status varchar(20) default 'PUBLISHED' not null;
alter table discussion_thread add constraint ck_thread_status
    check (status in ('PUBLISHED', 'AWAITING_REVIEW', 'CHANGES_REQUESTED', 'REJECTED'));
