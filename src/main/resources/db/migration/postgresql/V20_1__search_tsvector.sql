-- PostgreSQL's own full-text index over the stemmed terms: weights A (title), B (tags and synonyms), C (the post),
-- D (a comment), read by ts_rank_cd. The 'simple' configuration only splits and lower-cases, because the words
-- are already stemmed by the same Java analyzer that parses queries (and that H2 matches with).
alter table search_entry add column document tsvector generated always as (
    setweight(to_tsvector('simple'::regconfig, title_terms), 'A')
    || setweight(to_tsvector('simple'::regconfig, tag_terms), 'B')
    || case when comment_id is null then setweight(to_tsvector('simple'::regconfig, body_terms), 'C')
            else setweight(to_tsvector('simple'::regconfig, body_terms), 'D') end) stored;
create index ix_search_document on search_entry using gin (document);
