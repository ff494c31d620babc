-- Notifications by mail: each notification keeps what kind it is and its group (the mail is built from these,
-- never from the in-app message), whether a digest has covered it, and each member's choice per kind.
alter table notification add column kind varchar(20);
alter table notification add column group_id bigint;
alter table notification add column actor varchar(100);
alter table notification add column digested boolean default false not null;

create table mail_preference (
    account_id  bigint      not null references account (id),
    kind        varchar(20) not null,
    choice      varchar(10) not null,
    primary key (account_id, kind),
    constraint ck_mail_choice check (choice in ('IN_APP', 'EMAIL', 'DIGEST', 'OFF'))
);
