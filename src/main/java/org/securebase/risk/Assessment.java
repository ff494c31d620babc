package org.securebase.risk;

import java.util.List;

/** The level of a text and the categories behind it, for the moderation queue ("C-SSRS 5: plan or means"). */
public record Assessment(RiskLevel level, List<Finding> findings) {

    public Assessment {
        findings = List.copyOf(findings);
    }

    static final Assessment NONE = new Assessment(RiskLevel.NONE, List.of());

    /** The distinct categories that fired, strongest first. */
    public List<RiskCategory> categories() {
        return findings.stream().map(Finding::category).distinct().sorted().toList();
    }
}
