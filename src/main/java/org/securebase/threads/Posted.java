package org.securebase.threads;

import org.securebase.risk.RiskLevel;

/**
 * A stored post or comment and what screening found in the writer's words, so that the page can offer crisis
 * resources at once without reading the text a second time.
 */
public record Posted(long id, RiskLevel risk) {

    public boolean writerMayBeAtRisk() {
        return risk != null && risk != RiskLevel.NONE;
    }
}
