package org.securebase.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A search and its filters, as the URL carries them: words; a group; posts or comments only; tags (all of them);
 * an author; a date range (inclusive, UTC days); case consultations only; only my own posts and comments; order.
 */
public record SearchQuery(
        String text,
        Long groupId,
        Part part,
        List<String> tags,
        Long authorId,
        LocalDate from,
        LocalDate to,
        boolean casesOnly,
        boolean mine,
        Sort sort) {

    public enum Part {
        POSTS("Posts"),
        COMMENTS("Comments");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Sort {
        RELEVANCE("Relevance"),
        NEWEST("Newest first");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public SearchQuery {
        tags = tags == null ? List.of() : List.copyOf(tags);
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, List.of(), null, null, null, false, false, Sort.RELEVANCE);
    }

    public SearchQuery inGroup(Long id) {
        return new SearchQuery(text, id, part, tags, authorId, from, to, casesOnly, mine, sort);
    }

    public SearchQuery only(Part p) {
        return new SearchQuery(text, groupId, p, tags, authorId, from, to, casesOnly, mine, sort);
    }

    public SearchQuery taggedWith(List<String> slugs) {
        return new SearchQuery(text, groupId, part, slugs, authorId, from, to, casesOnly, mine, sort);
    }

    public SearchQuery by(Long author) {
        return new SearchQuery(text, groupId, part, tags, author, from, to, casesOnly, mine, sort);
    }

    public SearchQuery between(LocalDate start, LocalDate end) {
        return new SearchQuery(text, groupId, part, tags, authorId, start, end, casesOnly, mine, sort);
    }

    public SearchQuery casesOnly(boolean only) {
        return new SearchQuery(text, groupId, part, tags, authorId, from, to, only, mine, sort);
    }

    public SearchQuery mine(boolean only) {
        return new SearchQuery(text, groupId, part, tags, authorId, from, to, casesOnly, only, sort);
    }

    public SearchQuery sortedBy(Sort order) {
        return new SearchQuery(text, groupId, part, tags, authorId, from, to, casesOnly, mine, order);
    }

    /** Whether any filter narrows the search, so an empty result can suggest removing one. */
    public boolean filtered() {
        return groupId != null
                || part != null
                || !tags.isEmpty()
                || authorId != null
                || from != null
                || to != null
                || casesOnly
                || mine;
    }
}
