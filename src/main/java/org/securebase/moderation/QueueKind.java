package org.securebase.moderation;

/** Why something is in the review queue, most urgent first. */
public enum QueueKind {
    RISK_URGENT("Urgent: danger to someone", 0),
    RISK_SELF("Risk: the writer's own safety", 1),
    FLAG("Flagged by members", 2),
    WATCHED_WORD("Watched words", 3),
    CASE_DETAILS("Details that together may identify a client", 3),
    CASE_REVIEW("Case consultation to approve", 4),
    POST_REVIEW("New member's post to approve", 4);

    private final String label;
    private final int priority;

    QueueKind(String label, int priority) {
        this.label = label;
        this.priority = priority;
    }

    public String label() {
        return label;
    }

    public int priority() {
        return priority;
    }

    public boolean risk() {
        return this == RISK_URGENT || this == RISK_SELF;
    }

    public boolean review() {
        return this == CASE_REVIEW || this == POST_REVIEW;
    }
}
