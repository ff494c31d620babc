-- Scheduled jobs run on one instance at a time (issue 18): ShedLock's lock rows, compared with the database's clock.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
