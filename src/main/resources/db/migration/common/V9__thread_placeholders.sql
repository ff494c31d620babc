-- One placeholder map per thread: the same person keeps the same placeholder in the title, every template field
-- and every comment, and two people never share one. Identifiers are stored only as keyed hashes (HMAC-SHA256),
-- never as text, so the map cannot be read back into names.
create table thread_placeholder (
    thread_id       bigint       not null references discussion_thread (id),
    identifier_key  varchar(64)  not null,
    placeholder     varchar(80)  not null,
    primary key (thread_id, identifier_key)
);
