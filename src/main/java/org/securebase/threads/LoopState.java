package org.securebase.threads;

import java.time.Instant;

/** Where a case consultation stands: asked, answered by a colleague, reflected on by its author, followed up. */
public enum LoopState {
    OPEN("Open", "contrast"),
    ANSWERED("Answered", "primary"),
    REFLECTED("Reflected", "success"),
    FOLLOWED_UP("Followed up", "success");

    private final String label;
    private final String theme;

    LoopState(String label, String theme) {
        this.label = label;
        this.theme = theme;
    }

    public String label() {
        return label;
    }

    /** The Lumo badge theme the state is shown with. */
    public String theme() {
        return theme;
    }

    static LoopState of(Instant answeredAt, Instant reflectedAt, Instant followedUpAt) {
        if (followedUpAt != null) {
            return FOLLOWED_UP;
        }
        if (reflectedAt != null) {
            return REFLECTED;
        }
        return answeredAt != null ? ANSWERED : OPEN;
    }
}
