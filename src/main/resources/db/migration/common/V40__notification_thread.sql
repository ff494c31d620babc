-- Which thread a notification is about, so that a redaction in that thread reaches its notifications too.
alter table notification add column thread_id bigint references discussion_thread (id);
update notification set thread_id = (select t.id from discussion_thread t
                                     where notification.link = 'threads/' || cast(t.id as varchar(20)))
where link like 'threads/%';
update notification set thread_id = (select q.thread_id from queue_item q
                                     where notification.link = 'moderation?item=' || cast(q.id as varchar(20)))
where link like 'moderation?item=%';
create index ix_notification_thread on notification (thread_id);
