package org.securebase.moderation;

/** What a watched word or phrase does to a post that contains it. */
public enum WatchedAction {
    BLOCK("Block the post"),
    REVIEW("Hold for approval"),
    FLAG("Publish and flag");

    private final String label;

    WatchedAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
