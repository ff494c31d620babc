-- A comment that completes a combination of details identifying a client waits for a supervisor (issue 16, item 5)
alter table queue_item drop constraint ck_queue_kind;
alter table queue_item add constraint ck_queue_kind check (kind in ('RISK_URGENT', 'RISK_SELF', 'FLAG', 'WATCHED_WORD',
                                                                    'CASE_DETAILS', 'CASE_REVIEW', 'POST_REVIEW'));
