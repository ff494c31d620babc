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

    List<SearchHit> search(SearchQuery query, int offset, int limit);

    int count(SearchQuery query);

    /** Members who wrote, under their name, something the reader can find: for the author filter. */
    List<Author> authors();

    record Author(long id, String displayName) {}
}
