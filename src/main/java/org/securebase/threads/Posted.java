package org.securebase.threads;

import org.securebase.risk.RiskLevel;

/**
 * A stored post or comment and what screening found in the writer's words, so that the page can offer crisis
 * resources at once without reading the text a second time, and can say why a comment waits for review.
 */
public record Posted(long id, RiskLevel risk, String heldBecause) {

    public Posted(long id, RiskLevel risk) {
        this(id, risk, null);
    }

    /** The comment waits for a supervisor because, with the rest of the thread, it may identify the client. */
    public boolean heldForReview() {
        return heldBecause != null;
    }

    public boolean writerMayBeAtRisk() {
        return risk != null && risk != RiskLevel.NONE;
    }
}
