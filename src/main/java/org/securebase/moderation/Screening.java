package org.securebase.moderation;

import org.securebase.risk.RiskLevel;

/** What screening found in a post or comment before it was stored. */
public record Screening(WatchedAction watched, String phrase, RiskLevel risk) {

    public boolean holdForReview() {
        return watched == WatchedAction.REVIEW;
    }
}
