package org.securebase.threads;

/** Which threads a list shows and in what order. Null fields mean "any". */
public record ThreadQuery(Long groupId, ThreadKind kind, boolean unanswered, boolean mine, Sort sort) {

    public enum Sort {
        LATEST_ACTIVITY("Latest activity"), NEWEST("Newest"), MOST_COMMENTS("Most comments");

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
