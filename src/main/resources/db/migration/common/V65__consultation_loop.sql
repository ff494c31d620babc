-- The consultation loop on a case consultation: answered (someone other than the author replied), the author's
-- closing reflection, an optional follow-up date with its reminder, and the author's "Follow-up" comment.
alter table discussion_thread add column answered_at timestamp with time zone;
alter table discussion_thread add column reflected_at timestamp with time zone;
alter table discussion_thread add column followed_up_at timestamp with time zone;

update discussion_thread set answered_at = (
    select min(c.created_at) from thread_comment c
    where c.thread_id = discussion_thread.id
      and (c.author_id is null or discussion_thread.author_id is null or c.author_id <> discussion_thread.author_id));

alter table thread_comment add column follow_up boolean not null default false;

-- The author's closing reflection; checked for identifiers like every other case text. kept_details holds the
-- words the author marked "not identifying" in it, so the consultation note's check can honour them.
create table case_reflection (
    thread_id      bigint        not null primary key references discussion_thread (id),
    will_try       varchar(4000) not null,
    not_doing      varchar(4000) not null,
    follow_up_on   date,
    reminded_at    timestamp with time zone,
    kept_details   varchar(2000),
    updated_at     timestamp with time zone not null,
    version        bigint        not null default 0
);
create index ix_case_reflection_follow_up on case_reflection (follow_up_on);
