package org.securebase.threads;

import java.util.List;

/** Which threads a list shows and in what order. Null fields mean "any"; a thread must carry all the tags. */
public record ThreadQuery(
        Long groupId, ThreadKind kind, boolean unanswered, boolean mine, Sort sort, List<String> tags) {

    public ThreadQuery {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public ThreadQuery(Long groupId, ThreadKind kind, boolean unanswered, boolean mine, Sort sort) {
        this(groupId, kind, unanswered, mine, sort, List.of());
    }

    /** Threads carrying every one of the tags. */
    public static ThreadQuery tagged(List<String> slugs) {
        return new ThreadQuery(null, null, false, false, Sort.LATEST_ACTIVITY, slugs);
    }

    public enum Sort {
        LATEST_ACTIVITY("Latest activity"),
        NEWEST("Newest"),
        MOST_COMMENTS("Most comments");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static ThreadQuery all() {
        return new ThreadQuery(null, null, false, false, Sort.LATEST_ACTIVITY);
    }

    public static ThreadQuery inGroup(long groupId) {
        return new ThreadQuery(groupId, null, false, false, Sort.LATEST_ACTIVITY);
    }
}
