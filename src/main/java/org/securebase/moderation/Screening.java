package org.securebase.moderation;

import org.securebase.risk.RiskLevel;
import org.securebase.threads.PostGate;

/**
 * What screening found in a post or comment before it was stored; {@code riskSignals} names the risk categories
 * that fired ("C-SSRS 5: plan or means"), for the supervisor who reaches out.
 */
public record Screening(WatchedAction watched, String phrase, RiskLevel risk, String riskSignals)
        implements PostGate.Screened {

    @Override
    public boolean holdForReview() {
        return watched == WatchedAction.REVIEW;
    }
}
