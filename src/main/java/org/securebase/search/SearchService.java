package org.securebase.search;

import java.util.List;

/**
 * Finds the posts and comments the signed-in member may read, and nothing else: published, not hidden, not
 * deleted, in groups they can read today (the same rule as every list, {@code GroupAccess.readableGroups}),
 * applied inside the SQL so counts and pages never include anything else. One implementation per database
 * ({@link PostgresSearch}, {@link H2Search}); {@link SearchConfiguration} picks the one in use.
 */
public interface SearchService {

    int PAGE = 20;

    /**
     * At most this many results are listed. Ranking is done on this many candidates, not on every match: the
     * matching posts (which carry the title and tags) and then the newest matching comments, as Discourse limits
     * its candidates; ranking every match of a common word would not stay fast.
     */
    int MAX_RESULTS = 1_000;

    /** A page of the (at most {@link #MAX_RESULTS}) results, in the query's order. */
    List<SearchHit> search(SearchQuery query, int offset, int limit);

    /** The number of matches, counted only up to {@code MAX_RESULTS + 1}: more than the maximum shows as "1,000+". */
    int count(SearchQuery query);

    /** Members who wrote, under their name, something the reader can find: for the author filter. */
    List<Author> authors();

    record Author(long id, String displayName) {}
}
