-- Limits that must hold across instances (issue 18). Keys are SHA-256 hashes: some name an email or an address.
-- rate_bucket: token buckets per member and action (posting, flags) and for password reset requests.
create table rate_bucket (
    bucket_key  varchar(64)      not null primary key,
    tokens      double precision not null,
    refilled_at timestamp with time zone not null
);

-- login_failure: failed sign-ins per email, client address or known browser, and the lock they led to.
create table login_failure (
    failure_key  varchar(80) not null primary key,
    failures     integer     not null,
    last_at      timestamp with time zone not null,
    locked_until timestamp with time zone
);
create index ix_login_failure_last on login_failure (last_at);
